/**
 * Whether a stretch of a sentence holds a verb that can carry a clause: "…, and the Chairman of
 * the Certification Board for Gaganyaan, India's planned mission" and "— the Central Sector
 * Interest Subsidy (CSIS) that provides …" have none (a name, an adjective-like participle, a
 * verb inside a relative clause), so cut from their sentence they are fragments.
 */
import type { Token } from '../types.js';

const RELATIVE = /^(?:that|which|who)$/i;
/** Words before a participle that make it an adjective: "India's planned mission", "the existing scheme". */
const ADJECTIVAL_BEFORE = new Set(['DET', 'ADJ', 'PART']);

/** `from`/`to`: character offsets in the sentence the tokens come from. */
export function hasMainVerb(tokens: readonly Token[], from: number, to: number): boolean {
  let inRelative = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < from || t.end > to) continue;
    const before = i > 0 && tokens[i - 1].start >= from ? tokens[i - 1] : undefined;
    // ("the Subsidy (CSIS) that provides …": the first verb after a noun's "that" is the relative clause's.)
    if (RELATIVE.test(t.text) && before && /^(?:NOUN|PROPN|PUNCT)$/.test(before.pos)) {
      inRelative = true;
      continue;
    }
    // (The tagger may call a past tense after a noun a noun: "the force rescued 1,200 people".)
    const pastAfterNoun = /^\p{Ll}+ed$/u.test(t.text) && before !== undefined && /^(?:NOUN|PROPN|PRON)$/.test(before.pos);
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !pastAfterNoun) continue;
    if (inRelative) {
      inRelative = false;
      continue;
    }
    // (Not a capitalised word of a name, "Human Rated Certification Board", nor a participle
    // used as an adjective or a noun: "decision-making", "India's planned", "to launch".)
    // (Nor a word glued to a figure, "covering724,115", the tagger's guess.)
    if (!/^\p{Ll}+$/u.test(t.text.replace(/-/g, '')) || /ing$/.test(t.text)) continue;
    if (before && (ADJECTIVAL_BEFORE.has(before.pos) || before.text === 'to')) continue;
    // ("to provide disaggregated estimates": a participle after an infinitive is the infinitive's.)
    if (before && before.pos === 'VERB' && tokens[i - 2]?.text === 'to') continue;
    // ("a drop of 53 basis points from 2.07% recorded in August": a participle after a figure,
    // before its phrase, says which figure; no verb of a clause.)
    if (before && (before.pos === 'NUM' || before.text === '%') && /ed$/.test(t.text) && tokens[i + 1]?.pos === 'ADP') continue;
    return true;
  }
  return false;
}
