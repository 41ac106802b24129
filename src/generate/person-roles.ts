/**
 * A person's role as the sentence gives it ("Foreign Minister Sergei Lavrov" → "minister",
 * "Swedish captain Andreas Granqvist" → "captain", "Kristin Wilkins, curator of …" → "curator"),
 * so a person's distractors can be people of the same role. Role words are the lexicon's.
 */
import { roleOfWord } from '../lexicon/index.js';

// ("shuttlers Lakshya Sen and HS Prannoy", "athletes Eldhose Paul and …": a role in the plural
// before the people it lists is each one's.)
function canonicalRole(word: string): string | null {
  return roleOfWord(word)?.role ?? (/[^s]s$/.test(word) ? (roleOfWord(word.slice(0, -1))?.role ?? null) : null);
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
  // ("The post of Indian envoy in Washington has been vacant since Taranjit Sandhu retired": the
  // post the sentence says the person left or took.)
  const post = POST_OF.exec(sentence);
  if (post && /\b(?:retired|resigned|stepped down|quit|left|vacated|took over|succeeded|appointed|named)\b/.test(sentence)) {
    for (const w of post[1].split(/\s+/).reverse()) {
      const role = canonicalRole(w);
      if (role) return role;
    }
  }
  return null;
}

const POST_OF = /\b(?:post|office|position|chair)\s+of\s+(?:the\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)/i;
