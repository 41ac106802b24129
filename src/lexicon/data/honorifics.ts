/**
 * Honorifics: courtesy words before a name, not offices. [word, gender, uses], uses one letter each:
 *   h  may end a title run before a name (analyze/title-split.ts reads "Dr" as a title)
 *   c  a courtesy honorific, dropped from the name and no role ("Mr", "Dame")
 *   d  also written with a dot ("Mr.")
 *   b  stands before a name in the questions of Indian and English news ("Shri", "Smt", "Prof")
 *   g  tells the person's gender when it stands before their name
 *   n  left out when two spellings of a name are compared
 *   p  follows the name it honours ("Dilip Saab", "Waheeda Ji"): not part of the name
 *   r  a word of respect before a name, never a given name: a spelling longer only by it is the
 *      same name ("Ustad Zakir Hussain" beside "Zakir Hussain")
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
  // ("is awarded to Her Excellency Michelle Bachelet": a head of state's style.)
  ['Excellency', '', 'hcn'],
  ['Mme', 'f', 'cd'],
  ['M.', 'm', 'c'],
  ['Dr', '', 'hdbn'],
  ['Prof', '', 'hdbn'],
  ['Shri', 'm', 'hcbgnr'],
  ['Smt', 'f', 'hcdbgnr'],
  // ("the longest-serving Chief Minister of West Bengal, Late Jyoti Basu": Indian English writes
  // the dead so.)
  ['Late', '', 'hcnr'],
  // ("Minister of Religious Affairs Pehin Dato Ustaz Awang Badaruddin": Brunei's and Malaysia's
  // styles before a name, no part of the office or the name.)
  ['Pehin', 'm', 'hcb'],
  ['Dato', '', 'hcb'],
  ['Datuk', '', 'hcb'],
  ['Datin', 'f', 'hcbg'],
  ['Ustaz', 'm', 'hcbg'],
  // (Indian words of respect, and honours written as styles: "Ustad Zakir Hussain", "Padmashri
  // Pankaj Udhas". Only a longer spelling of a name is read by them.)
  ['Ustad', 'm', 'r'],
  ['Pandit', 'm', 'r'],
  ['Pt', 'm', 'dr'],
  ['Padmashri', '', 'r'],
  ['Padma', '', 'r'],
  ['Sri', 'm', 'r'],
  ['Shrimati', 'f', 'r'],
  ['Begum', 'f', 'r'],
  ['Maulana', 'm', 'r'],
  ['Swami', 'm', 'r'],
  ['Sant', 'm', 'r'],
  ['Guru', '', 'r'],
  ['Acharya', '', 'r'],
  ['Sheikh', 'm', 'r'],
  ['Haji', 'm', 'r'],
  ['Mahant', 'm', 'r'],
  ['Baba', 'm', 'r'],
  ['Sadhguru', 'm', 'r'],
  ['Kumari', 'f', 'r'],
  ['Bhai', 'm', 'r'],
  ['Thiru', 'm', 'r'],
  ['Selvi', 'f', 'r'],
  // (Not "Sahib", which ends places and shrines too: "Fatehgarh Sahib", "Harmandir Sahib".)
  ['Saab', 'm', 'p'],
  ['Sahab', 'm', 'p'],
  ['Saheb', 'm', 'p'],
  ['Ji', '', 'p'],
];
