/**
 * Is this paragraph page furniture rather than story text? General shape and phrase rules
 * (calls to action, comment rules, photo credits, bylines, stamps, copyright, labels), never
 * strings of one site. Each rule returns a reason so tests and debugging can say why.
 */
import { parseDatelineLine } from './parse-dateline.js';
import {
  endsLikeSentence,
  endsWithColon,
  hasInnerSentenceBreak,
  normalizeSpace,
  wordCount,
} from './text-shape.js';

export type BoilerplateReason =
  | 'call-to-action'
  | 'comment-rules'
  | 'photo-credit'
  | 'byline'
  | 'stamp'
  | 'copyright'
  | 'not-a-sentence';

/** A whole unit that is only a label or button text ("Comments (12)", "Share", "Sign in"). */
const CTA_LABEL_RE = new RegExp(
  '^(?:' +
    [
      'comments?', 'share(?: this(?: article| story| page)?| on \\w+| via \\w+)?', 'print', 'e-?mail', 'copy link',
      'advertisement', 'advertising', 'sponsored(?: content)?', 'ad', 'promoted',
      'related(?: stories| articles| news| coverage| topics| content| links| posts| reading)?',
      'recommended(?: for you| stories)?', 'read more', 'see also', 'more from [\\w .\'&-]+', 'more stories',
      'trending(?: now)?', 'most (?:read|popular|viewed|shared)', 'top stories', 'also read', 'latest(?: news)?',
      'topics', 'tags', 'leave a (?:comment|reply)', 'post a comment', '(?:view|show|hide|load) (?:all )?comments',
      'load more', 'sign[ -]?in', 'sign[ -]?up', 'log[ -]?in', 'log[ -]?out', 'register', 'subscribe(?: now)?',
      'newsletters?', 'follow us', 'menu', 'home', 'search', 'skip to (?:main )?content', 'back to top',
    ].join('|') +
    ')\\s*(?:\\(\\d+\\)|\\d+)?\\s*[:.!…>»|]?$',
  'i',
);

/** Sentences that ask the reader to do something on the site. */
const CTA_START_RE = new RegExp(
  '^(?:' +
    [
      'sign(?:ing)?[ -]?(?:in|up)\\b', 'log[ -]?in\\b', 'subscribe\\b', 'register (?:now|for free|here|to|with)\\b',
      'unlock\\b', 'become an? (?:member|subscriber|supporter)\\b', 'join (?:now|us|our|the conversation)\\b',
      'already (?:an? )?(?:member|subscriber|registered|have an account)\\b', "don[’']?t have an account\\b",
      'create (?:a free |an |your )?account\\b', 'download (?:the|our) (?:\\w+ )?app\\b', 'get the app\\b',
      'follow us\\b', 'click here\\b', 'tap here\\b', 'continue reading\\b', 'read (?:more|also|next|the full)\\b',
      'also read\\b', 'see also\\s*:', 'related\\s*[:|-]', 'watch\\s*[:|]', 'listen\\s*[:|]', 'recommended\\s*[:|-]',
      'get notified\\b', 'get (?:unlimited|full|free|instant) access\\b', 'access \\d+ free\\b',
      'save (?:stories|articles) to\\b', 'we use cookies\\b', 'accept (?:all )?cookies\\b', 'this (?:site|website) uses cookies\\b',
      'manage (?:your )?(?:cookies|preferences|newsletters?|subscriptions?)\\b', 'share (?:this|on|via|your)\\b',
      'you may (?:also )?like\\b', "don[’']?t miss\\b", 'support (?:our|independent) journalism\\b',
      'for (?:the latest|more) (?:news|updates|stories)\\b', 'to (?:read|continue|enjoy|access)\\b.{0,60}\\b(?:sign|log|subscribe|register)',
    ].join('|') +
    ')',
  'i',
);

const COMMENT_RULE_RES = [
  /\bcomments? (?:have|has|needs?|must|should) (?:to )?be\b/i,
  /\b(?:community|comment(?:ing)?|comments) (?:guidelines|policy|rules|platform|section)\b/i,
  /\b(?:post|posting|leave|leaving|submit|submitting) (?:your |a |their )?comments?\b/i,
  /\bcomments? (?:are|is|will be|may be) (?:closed|moderated|reviewed|pre-moderated|removed)\b/i,
  /\b(?:must not|cannot|can ?not|should not|may not) be (?:abusive|offensive|defamatory)\b/i,
  /\bregister(?:ed)? (?:and|to|or) log ?in\b/i,
  /\blog(?:ged|ging)? ?in(?:to)? (?:to )?(?:your|their) accounts?\b/i,
  /\bin full sentences\b/i,
];

const CREDIT_WORD = '(?:photo(?:graph)?s?|images?|pictures?|pics?|videos?|audio|graphics?|illustrations?|file photo|photo credit|credits?|courtesy)';
/** "Photo: Reuters", "Image: Nick Moreau.", "(Photo credit: AP)", "File photo of …" */
const CREDIT_START_RE = new RegExp(`^\\(?\\s*(?:${CREDIT_WORD}\\s*(?:credit\\s*)?[:|/–—-]|file (?:photo|image|picture)\\b)`, 'i');
/** A caption that ends with its credit: "Lady Cassandra from Doctor Who. Image: Nick Moreau." */
const CREDIT_END_RE = new RegExp(
  `(?:^|[\\s.|(])${CREDIT_WORD}\\s*(?:credit\\s*)?:\\s*[^.!?:]{1,80}[.)]?$|\\(\\s*${CREDIT_WORD}(?: credit)?\\b[^)]{0,60}\\)\\s*$`,
  'i',
);

const BYLINE_RE =
  /^(?:(?:[Ww]ritten |[Rr]eported |[Ee]dited |[Cc]ompiled |[Tt]ext )?[Bb]y\s+)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|in|,))*\s*$/u;
const AGENCY_LINE_RE =
  /^(?:(?:by\s+)?(?:(?:our |a )?(?:staff|special|senior) (?:reporter|correspondent|writer)|our (?:bureau|correspondent)|(?:press trust of india|pti|ians|ani|reuters|afp|ap|associated press|agence france-presse|agencies|news desk|web desk|online desk|express news service)(?:\s*(?:with inputs from|and|&|\/|,)\s*\w[\w ]*)?))\s*[.|]?$/i;

const COPYRIGHT_RE = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;

function isCallToAction(text: string, words: number): boolean {
  if (words <= 6 && CTA_LABEL_RE.test(text)) return true;
  return words <= 20 && CTA_START_RE.test(text);
}

/** One cheap scan before the specific comment-rule patterns (most paragraphs fail it). */
const COMMENT_HINT_RE = /comment|communit|guideline|abusive|offensive|defamatory|log ?in|logg|sentences/i;

function isCommentRules(text: string, words: number): boolean {
  return words <= 120 && COMMENT_HINT_RE.test(text) && COMMENT_RULE_RES.some((re) => re.test(text));
}

/** A credit stands at the very end, so only the tail needs searching. */
const CREDIT_TAIL_CHARS = 120;

function isPhotoCredit(text: string, words: number): boolean {
  if (words <= 14 && CREDIT_START_RE.test(text)) return true;
  return words <= 60 && CREDIT_END_RE.test(text.length > CREDIT_TAIL_CHARS ? text.slice(-CREDIT_TAIL_CHARS) : text);
}

/**
 * A label, heading, caption, counter or nav line: no sentence punctuation and short.
 * A line ending in ":" that introduces a quote is kept ("… tweeted using his account:").
 */
function isNotASentence(text: string, words: number): boolean {
  if (!/\p{L}/u.test(text)) return true;
  if (endsLikeSentence(text) || hasInnerSentenceBreak(text)) return false;
  if (endsWithColon(text) && words >= 4) return false;
  return words < 15;
}

/** Why `paragraph` is boilerplate, or null when it is story text. */
export function boilerplateReason(paragraph: string): BoilerplateReason | null {
  const text = normalizeSpace(paragraph);
  const words = wordCount(text);
  if (words <= 30 && COPYRIGHT_RE.test(text)) return 'copyright';
  if (isCallToAction(text, words)) return 'call-to-action';
  if (isCommentRules(text, words)) return 'comment-rules';
  if (isPhotoCredit(text, words)) return 'photo-credit';
  if (words <= 12 && (BYLINE_RE.test(text) || AGENCY_LINE_RE.test(text))) return 'byline';
  if (words <= 20 && parseDatelineLine(text) !== null) return 'stamp';
  if (isNotASentence(text, words)) return 'not-a-sentence';
  return null;
}

export function isBoilerplate(paragraph: string): boolean {
  return boilerplateReason(paragraph) !== null;
}

/** Reasons that mark the start of the site's furniture block (sign-in box, comment area). */
export function isSiteFurniture(reason: BoilerplateReason | null): boolean {
  return reason === 'call-to-action' || reason === 'comment-rules';
}
