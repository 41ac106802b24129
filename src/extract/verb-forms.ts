/** Just enough English verb morphology to ask "How many … did X kill?" from "X killed …". */
const IRREGULAR: Record<string, string> = {
  made: 'make', took: 'take', gave: 'give', sent: 'send', built: 'build', bought: 'buy', sold: 'sell',
  won: 'win', lost: 'lose', left: 'leave', held: 'hold', got: 'get', paid: 'pay', spent: 'spend',
  brought: 'bring', found: 'find', saw: 'see', had: 'have', led: 'lead', drew: 'draw', grew: 'grow',
  threw: 'throw', wrote: 'write', ran: 'run', raised: 'raise', met: 'meet', fell: 'fall', rose: 'rise',
  struck: 'strike', shot: 'shoot', hit: 'hit', put: 'put', cut: 'cut', set: 'set', chose: 'choose',
  caught: 'catch', taught: 'teach', sought: 'seek', kept: 'keep', drove: 'drive', ate: 'eat', flew: 'fly',
};

/** The base form of a past-tense verb ("killed" → "kill", "placed" → "place"), or null. */
const OR_NOUN_VERBS = new Set(['author', 'co-author', 'monitor', 'anchor', 'sponsor', 'co-sponsor', 'honor', 'tailor', 'mentor', 'censor', 'factor', 'doctor', 'motor', 'labor', 'favor', 'harbor', 'tutor', 'color', 'armor', 'captain']);

/** Stems of past forms in -ed whose verb ends in e after m or t. */
const E_AFTER_M_OR_T = /^(?:welcom|overcom|invit|unit|reunit|cit|recit|excit|ignit|incit|expedit|requit|extradit)$/;

export function baseOfPast(verb: string): string | null {
  const v = verb.toLowerCase();
  if (IRREGULAR[v]) return IRREGULAR[v];
  if (!v.endsWith('ed') || v.length < 5) return null;
  const stem = v.slice(0, -2);
  if (v.endsWith('ied')) return `${v.slice(0, -3)}y`;
  // "agreed", "freed", "guaranteed": the verb ends in "ee".
  if (v.endsWith('eed')) return v.slice(0, -1);
  // "defeated", "cleared", "appealed", "awaited": two vowels before a t, r, l, n, k, p, m or d
  // end the verb without an e (where "caused", "seized", "achieved" keep theirs).
  // ("created", "required", "guided" do: the e is the verb's.)
  if (/(?:ea|oa|ai|ui|ee|ou|oo)[trlnkpmd]$/.test(stem) && !/(?:creat|uir|uid)$/.test(stem)) return stem;
  // "stopped" → "stop"; but "killed", "installed" keep the double letter, and so do the few
  // verbs that end in one ("added", "egged", "ebbed").
  if (/([bdgmnprt])\1$/.test(stem) && !/^(?:add|ebb|egg|err|purr)$/.test(stem)) return stem.slice(0, -1);
  // ("equalled", "travelled", "cancelled", "controlled": British spelling doubles a last l after one
  // vowel; "recalled", "installed" and one-syllable "shelled", "polled" keep theirs.)
  if ((/^.{3,}[aeiou]ll$/.test(stem) && !/(?:recall|install|enthrall|befall|forestall|appall)$/.test(stem)) || /^(?:fuell|diall|duell)$/.test(stem)) return stem.slice(0, -1);
  // ("authored", "monitored", "sponsored": a noun in -or made a verb keeps no e.)
  if (OR_NOUN_VERBS.has(stem)) return stem;
  // ("welcomed", "invited", "cited": verbs in -ome and -ite, where most in -it keep none: "visited".)
  if (E_AFTER_M_OR_T.test(stem)) return `${stem}e`;
  // "rescued", "continued", "issued"; "decided", "provided" (not "avoided"); "deleted", "completed".
  if (/u$|(?:[^aeio])id$|(?:let|mpet)$/.test(stem)) return `${stem}e`;
  // "placed", "evacuated", "trampled", "injured", "proposed", "substituted": the e belongs to the verb.
  // ("lauded", "applauded": "aud" keeps none.)
  if (/(at|iz|is|ac|ag|ur|ir|iv|ev|av|ov|ol|lv|rv|uc|nc|rc|ud|ul|rg|dg|ng|pl|bl|tl|gl|ck?l|as|us|ens|ers|ar|or|ot|os|ut)$/.test(stem) && !/(ort|ack|ess|arr|err|orr|aud)$/.test(stem))
    return `${stem}e`;
  return stem;
}
