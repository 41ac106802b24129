/**
 * The telling of the news, not the news: who briefed the media, addressed a press conference,
 * attended a ceremony, congratulated or condoled. A person a sentence names for that is no fact
 * to learn (no blank, no "Who …?").
 */
export const CEREMONY = /\b(?:briefed (?:the )?(?:media|reporters|press)|addressing (?:a|the) (?:press conference|media|reporters)|addressed (?:a|the) (?:press conference|media)|(?:was|were) (?:also )?present|attended the (?:ceremony|event|function)|(?:was|were) attended by|(?:parade|march-past|guard of honour) (?:was )?(?:commanded|led|reviewed) by|reviewed the (?:situation|preparedness|arrangements)|congratulated|condoled|paid (?:rich |his |her |their )?tributes?|(?:expressed|offered|extended|conveyed) (?:(?:his|her|their|deep)\s+)?(?:grief|condolences|sorrow)|(?:call|calls|calling|called) on (?:the )?(?:visiting|President|Prime Minister|Vice President|Governor)|paid (?:her|his|their) (?:respects|homage)|offer(?:ed)? prayers|administer(?:ed|s)?\s+(?:the\s+)?oath|host(?:ed|s)? (?:a|the) (?:luncheon|lunch|dinner|banquet|reception|tea)|(?:thrilled|delighted|happy|pleased|proud) to announce)\b/i;
