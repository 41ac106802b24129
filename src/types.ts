/**
 * The data that flows between the pipeline stages, in one place.
 * ingest → Article; analyze → AnalyzedArticle; extract → Fact[]; generate → Item[];
 * render → OutputFile[]. Every stage is a pure function over these plain objects.
 */

/** An article as read from a file, a page or stdin. */
export interface Article {
  /** Stable id: derived from the article's identity (title + date), not from its body,
   *  so editing a paragraph keeps the ids of everything else. */
  id: string;
  title: string;
  /** Publication date, ISO `YYYY-MM-DD`, or null when the text has none. */
  date: string | null;
  /** Dateline place ("Moscow"), or null. */
  place: string | null;
  /** The state a dateline brackets after its town ("Bhopal (Madhya Pradesh): …"), when it does. */
  placeState?: string;
  /** Publisher / site name when known ("The Hindu", "The Daily Ledger"), else null. */
  site: string | null;
  /** Path of the file it came from, or "-" for stdin. */
  source: string;
  /** Body paragraphs, boilerplate removed, in order. The headline is not among them. */
  paragraphs: string[];
}

export type EntityClass =
  | 'person'
  | 'place'
  | 'organisation'
  | 'date'
  | 'number'
  | 'ordinal'
  | 'term'
  | 'money'
  | 'percent';

/** What an article says of a person: the country it ties them to, their gender. */
export interface PersonNotes {
  country?: string;
  gender?: 'm' | 'f';
  /** The role word a title before their name gives ("Advocate" → "lawyer"). */
  role?: string;
}

/** Finer kind of place, used for question words ("which country") and distractors. */
export type PlaceKind = 'country' | 'city' | 'region' | 'islands' | 'continent' | 'other';

export interface Token {
  text: string;
  /** Universal Dependencies POS tag (NOUN, PROPN, VERB, NUM, …). */
  pos: string;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
}

export interface Entity {
  /** The text as it stands in the sentence. */
  text: string;
  cls: EntityClass;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
  /** Normalised name: "Japan" for "Japanese", "Sergei Lavrov" for "Foreign Minister Sergei Lavrov". */
  canonical: string;
  /** For places. */
  placeKind?: PlaceKind;
  /** For people: their office as the article gives it ("Foreign Minister of Russia"). */
  role?: string;
  /** For numbers and ordinals: the value (4 for "four", 3 for "third"). */
  value?: number;
  /** For dates: resolved against the article date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  resolved?: string;
  /** The story's key term, a lower-case word of the headline (analyze/headline-term.ts). */
  keyTerm?: true;
}

export interface Sentence {
  /** Position in the article (0-based, across paragraphs). */
  index: number;
  /** Paragraph number (0-based). */
  paragraph: number;
  text: string;
  tokens: Token[];
  entities: Entity[];
}

export interface AnalyzedArticle {
  article: Article;
  sentences: Sentence[];
}

/** Class of the answer, which decides the question word and the distractors. */
export type AnswerType =
  | 'person'
  | 'country'
  | 'place'
  | 'organisation'
  | 'date'
  | 'year'
  | 'number'
  | 'term';

/**
 * The id of the pattern that found a fact: the name of its file in src/extract/patterns/, the
 * fact's tag (the Anki tag, JSON `tags`) and part of its id (so of the Anki note's GUID). A
 * public contract: an id is never renamed; a new pattern adds one (see "Adding a pattern").
 */
export type PatternId =
  | 'agent'
  | 'agreed-kind'
  | 'appointed'
  | 'awarded'
  | 'capital'
  | 'charged'
  | 'cloze'
  | 'court-held'
  | 'court-ruling'
  | 'deadline'
  | 'definition'
  | 'died'
  | 'election-won'
  | 'elevated-ties'
  | 'event-place'
  | 'event-time'
  | 'founded'
  | 'landfall'
  | 'launched'
  | 'law-passed'
  | 'listed'
  | 'admitted'
  | 'located'
  | 'named-term'
  | 'theme'
  | 'nationality'
  | 'object'
  | 'office'
  | 'ordinal'
  | 'place-in'
  | 'quantity'
  | 'quote'
  | 'rank'
  | 'relation'
  | 'reported-by'
  | 'role'
  | 'seats'
  | 'signed-on'
  | 'subject'
  | 'succeeded'
  | 'superlative'
  | 'tally'
  | 'title-won';

/** A fact worth learning: one question with one answer, tied to its source sentence. */
export interface Fact {
  /** Stable id: hash of (article id, pattern, answer, key words of the fact). */
  id: string;
  articleId: string;
  /** Which pattern found it: "ordinal", "role", "quote", "event-place", "quantity", … */
  pattern: PatternId;
  /** Short-answer question, a full grammatical English question ending in "?". */
  question: string;
  answer: string;
  answerType: AnswerType;
  /** The source sentence, verbatim. */
  sentence: string;
  sentenceIndex: number;
  /** The cloze text: the (possibly shortened) sentence with `{{c1::answer}}`. */
  cloze: string;
  /** Salience × confidence, 0..1. */
  score: number;
  /** A declarative statement of the fact, used for true/false and statement items. */
  statement?: string;
  /** Other values the article also states as true for this question (never a distractor). */
  alsoTrue?: string[];
  /** A description the set may call its answer by ("the 1986-batch IPS officer"), never asked
   *  itself: a post many hold names no one. */
  describesOnly?: true;
  /** Other values of the same class from the article, good distractor candidates. */
  related?: string[];
  /** Relative dates in the sentence ("yesterday", "on Tuesday") and the days they mean: an
   *  item read weeks later says the date instead. */
  dates?: DateMention[];
  /** The article's date (`YYYY-MM-DD`), when known: a wrong option for a year in the past is
   *  never one after the article was written. */
  asOf?: string;
  /** The answer is the story's key term, a lower-case word of its headline (a cloze's blank). */
  keyTerm?: true;
  /** For a fact that asks a person: what the article says of its people (by canonical name),
   *  so no wrong option is of another country or gender than the question asks. */
  people?: Readonly<Record<string, PersonNotes>>;
}

/** A relative date as the sentence words it, and what it resolves to (`YYYY`, `YYYY-MM` or
 *  `YYYY-MM-DD`, against the article date). */
export interface DateMention {
  text: string;
  resolved: string;
}

export type ItemType = 'short' | 'cloze' | 'mcq' | 'truefalse' | 'statements';

export interface Item {
  /** Stable id: hash of (fact id, item type). */
  id: string;
  articleId: string;
  factId: string;
  type: ItemType;
  /** The prompt. For a cloze: the sentence with the answer replaced by `_____`. */
  question: string;
  /** The correct answer's text (for mcq the option text; for truefalse "True"/"False";
   *  for statements the correct option text). */
  answer: string;
  /** Anki cloze text with `{{c1::…}}` (cloze items; `{{c2::…}}` … when one sentence holds
   *  several facts worth a blank: one note, one card per deletion). */
  cloze?: string;
  /** A cloze with several blanks: each blank's answer, in the order of the text (`answer`
   *  then joins them with "; "). */
  answers?: string[];
  /** Options for mcq and statements, in display order. */
  options?: string[];
  /** Index of the correct option in `options`. */
  answerIndex?: number;
  /** For statements items: the numbered statements and whether each is true. */
  statements?: { text: string; correct: boolean; sentence: string }[];
  /** The source sentence, verbatim. */
  sentence: string;
  answerType: AnswerType | 'boolean' | 'statements';
  score: number;
  tags: string[];
  /** One-line explanation for answer keys (defaults to the source sentence). */
  explanation?: string;
}

/**
 * A syllabus topic, modelled on the Indian civil-services syllabus (labels and cues in
 * src/lexicon/data/topics.ts). A public contract like PatternId: it is the Anki tag
 * `topic::<id>`, the JSON `topics`, a `--topics` and `--group-by topic` value. An id is never
 * renamed.
 */
export type TopicId =
  | 'polity'
  | 'international-relations'
  | 'economy'
  | 'environment'
  | 'science-technology'
  | 'internal-security'
  | 'society'
  | 'geography-disasters'
  | 'history'
  | 'art-culture'
  | 'sports-awards';

/** A topic an article is filed under, how strongly, and the cues that decided it. */
export interface ArticleTopic {
  topic: TopicId;
  /** The weighted cues' sum (see src/analyze/topics.ts): higher is surer. */
  score: number;
  /** The words and names that weighed most, strongest first ("RBI", "repo rate", …). */
  reason: string[];
}

export interface ArticleMeta {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  site: string | null;
  source: string;
  /** Zero, one or two syllabus topics, surest first (none when the cues are too weak or
   *  split: a topic the model is unsure of is left out). */
  topics?: ArticleTopic[];
}

/** The JSON contract (`--format json`) and what every renderer receives. */
export interface QuizDocument {
  generator: { name: 'quizwire'; version: string };
  articles: ArticleMeta[];
  items: Item[];
}

/** Text made a piece at a time as it is written: for outputs of a whole year of articles,
 *  which would be hundreds of megabytes held as one string. */
export interface TextChunks {
  chunks(): Iterable<string>;
}

/** A renderer's output: a relative file name and its content. Writing is the CLI's job. */
export interface OutputFile {
  name: string;
  content: string | Uint8Array | TextChunks;
}
