/**
 * A person's role as the sentence gives it ("Foreign Minister Sergei Lavrov" → "minister",
 * "Swedish captain Andreas Granqvist" → "captain", "Kristin Wilkins, curator of …" → "curator"),
 * so a person's distractors can be people of the same role.
 */

/** Role head words; the last one before a name (or first after its comma) wins. */
const ROLE_WORDS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'king', 'queen', 'prince', 'princess',
  'governor', 'mayor', 'senator', 'ambassador', 'diplomat', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman',
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'ceo', 'founder', 'creator', 'head', 'leader',
  'captain', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'referee',
  'professor', 'scientist', 'researcher', 'academic', 'doctor', 'prosecutor', 'judge', 'justice', 'lawyer', 'attorney',
  'writer', 'author', 'journalist', 'reporter', 'editor', 'actor', 'actress', 'singer', 'artist', 'illustrator', 'curator',
  'general', 'commander', 'officer', 'cleric', 'pope', 'bishop', 'imam', 'activist',
]);

const SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', chairwoman: 'chairman', chair: 'chairman',
  actress: 'actor', premier: 'minister', attorney: 'lawyer', striker: 'player', midfielder: 'player',
  defender: 'player', goalkeeper: 'player',
};

function canonicalRole(word: string): string | null {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!ROLE_WORDS.has(w)) return null;
  return SYNONYMS[w] ?? w;
}

/** The role word the sentence attaches to `name`, or null. */
export function roleOf(name: string, sentence: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  // Title before the name: the last role word among the few words right before it.
  const before = sentence.slice(0, at).split(/\s+/).filter(Boolean).slice(-4);
  for (let i = before.length - 1; i >= 0; i--) {
    if (/[,;:.]$/.test(before[i]) && i < before.length - 1) break;
    const role = canonicalRole(before[i]);
    if (role) return role;
  }
  // Appositive after the name: "Name, the chairman of …", "Name, a practising homeopath".
  const after = /^\s*,\s+(?:the\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)/i.exec(sentence.slice(at + name.length));
  if (after) {
    for (const w of after[1].split(/\s+/)) {
      const role = canonicalRole(w);
      if (role) return role;
    }
  }
  return null;
}
