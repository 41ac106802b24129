/**
 * Bodies that are the only one of their kind in Indian news, with the words that name their
 * kind of act. Where a sentence says what was done in those words ("in a 4:1 verdict the _____
 * lifted the ban"), the body that did it is given away by the sentence itself: no blank or
 * question asks it. Bodies of which there are several (a High Court, the Lok Sabha or the Rajya
 * Sabha, a state's Cabinet) are the news there and stay askable.
 */
export interface ImpliedActor {
  /** The body's names, as an anchored pattern source. */
  names: string;
  /** Its acts and offices, as a pattern source matched on whole words. */
  acts: string;
}

export const IMPLIED_ACTORS: readonly ImpliedActor[] = [
  {
    names: String.raw`(?:the\s+)?(?:Supreme Court(?:\s+of\s+India)?|apex court|SC)`,
    acts: String.raw`verdicts?|ruled|rules|ruling|judgments?|judgements?|bench|upheld|upholds|struck down|strikes down|quashed|set aside|dismissed|petitions?|pleas?|CJI|Chief Justice|constitution bench|top court|apex court`,
  },
  { names: String.raw`(?:the\s+)?Election Commission(?:\s+of\s+India)?|ECI`, acts: String.raw`polls?|elections?|results|counting|votes|voters|constituenc(?:y|ies)|segments|bypolls?` },
  { names: String.raw`(?:the\s+)?(?:Reserve Bank of India|RBI)`, acts: String.raw`repo rate|reverse repo rate|monetary policy|policy rate|MPC` },
  { names: String.raw`(?:the\s+)?(?:Union\s+)?Cabinet`, acts: String.raw`approved|approves|cleared|clears|gave its nod|nod` },
  { names: String.raw`(?:the\s+)?(?:Indian Space Research Organisation|ISRO)`, acts: String.raw`launch|launched|launches|lift-?off|lifted off|Sriharikota|PSLV|GSLV|SSLV|LVM3` },
  { names: String.raw`(?:the\s+)?Parliament`, acts: String.raw`passed|Bills?|MPs|session|tabled|discussions?|debates?|debated` },
  { names: String.raw`COVID-19|Covid-19|COVID|Covid|coronavirus`, acts: String.raw`pandemic` },
  // (The government of a country's own news is its actor in every sentence: "Which organisation
  // has approved the scheme?" → Government of India.)
  { names: String.raw`(?:the\s+)?(?:Government of India|Union [Gg]overnment|Central [Gg]overnment|Indian [Gg]overnment|Centre)`, acts: String.raw`approved|approves|implementing|implements|launched|launches|announced|sanctioned|notified|decided|allocated` },
];
