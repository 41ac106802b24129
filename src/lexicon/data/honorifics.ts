/**
 * Honorifics: courtesy words before a name, not offices. [word, gender, uses], uses one letter each:
 *   h  may end a title run before a name (analyze/title-split.ts reads "Dr" as a title)
 *   c  a courtesy honorific, dropped from the name and no role ("Mr", "Dame")
 *   d  also written with a dot ("Mr.")
 *   b  stands before a name in the questions of Indian and English news ("Shri", "Smt", "Prof")
 *   g  tells the person's gender when it stands before their name
 *   n  left out when two spellings of a name are compared
 *   p  follows the name it honours ("Dilip Saab", "Waheeda Ji"): not part of the name
 */
export const HONORIFICS: readonly (readonly [string, 'm' | 'f' | '', string])[] = [
  ['Mr', 'm', 'hcdbgn'],
  ['Mrs', 'f', 'hcdbgn'],
  ['Ms', 'f', 'hcdbgn'],
  ['Miss', 'f', 'hcgn'],
  ['Mx', '', 'cd'],
  ['Sir', 'm', 'hcgn'],
  ['Dame', 'f', 'hcgn'],
  ['Madam', 'f', 'cg'],
  ['Mme', 'f', 'cd'],
  ['M.', 'm', 'c'],
  ['Dr', '', 'hdbn'],
  ['Prof', '', 'hdbn'],
  ['Shri', 'm', 'hcbgn'],
  ['Smt', 'f', 'hcdbgn'],
  // ("the longest-serving Chief Minister of West Bengal, Late Jyoti Basu": Indian English writes
  // the dead so.)
  ['Late', '', 'hcn'],
  // ("Minister of Religious Affairs Pehin Dato Ustaz Awang Badaruddin": Brunei's and Malaysia's
  // styles before a name, no part of the office or the name.)
  ['Pehin', 'm', 'hcb'],
  ['Dato', '', 'hcb'],
  ['Datuk', '', 'hcb'],
  ['Datin', 'f', 'hcbg'],
  ['Ustaz', 'm', 'hcbg'],
  // (Not "Sahib", which ends places and shrines too: "Fatehgarh Sahib", "Harmandir Sahib".)
  ['Saab', 'm', 'p'],
  ['Sahab', 'm', 'p'],
  ['Saheb', 'm', 'p'],
  ['Ji', '', 'p'],
];
