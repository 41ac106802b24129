import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from './facts-of.js';

const clozes = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'cloze').map((f) => f.cloze);

describe('a sentence that opens on a bare common noun the sentences before qualified', () => {
  it('says it as they did ("The selection committee …", "The repo rate …")', () => {
    const committee = clozes(['Under the new law, a selection committee headed by the Prime Minister recommends names to the President.', 'The committee includes the Leader of Opposition in the Lok Sabha and a Union Cabinet Minister.']);
    expect(committee.filter((c) => c.startsWith('The selection committee includes')).length).toBeGreaterThan(0);
    const rate = clozes(['The Reserve Bank of India cut the policy repo rate by 25 basis points on Friday.', 'The rate has remained unchanged since February 2023 in Mumbai.']);
    expect(rate.filter((c) => c.startsWith('The repo rate has remained')).length).toBeGreaterThan(0);
  });

  it('leaves it when the qualifier is a number part, or two ways of qualifying it were given', () => {
    const page = clozes(['The 131-page document was found on Castlefrank Road in Kanata, Ontario.', 'The document detailed security vulnerabilities of the NEMISIS database in Ottawa.']);
    expect(page.some((c) => c.startsWith('The page document'))).toBe(false);
    // (Nor a unit of a figure: "a robust 8.2 per cent growth" says how much, not which growth.)
    const cent = clozes(['GDP during April-September registered a growth rate of 8 per cent, on the back of a robust 8.2 per cent growth in the July-September period.', 'The growth during 2024-25 fiscal was 6.5 per cent.']);
    expect(cent.some((c) => /^The (?:cent|per cent) growth/.test(c))).toBe(false);
    const tonnes = clozes(['Output rose to 120 million tonnes production in the year to March in Ranchi.', 'The production in the year before was 110 million tonnes in Ranchi.']);
    expect(tonnes.some((c) => c.startsWith('The tonnes production'))).toBe(false);
    // An adjective says something of the noun that need not hold in the next sentence.
    const high = clozes(['The IMD said its first-stage forecast suggests high probability of normal monsoon in Kerala.', 'The probability of a normal rainfall during the June-September period is 41 percent, the IMD added.']);
    expect(high.some((c) => c.startsWith('The high probability'))).toBe(false);
    const two = clozes(['The bank cut its repo rate and raised its bank rate on Friday in Mumbai.', 'The rate has remained unchanged since February 2023 in Mumbai.']);
    expect(two.some((c) => /^The (?:repo|bank) rate has remained/.test(c))).toBe(false);
    // A noun with its own "of" complement says which already ("The process of landfall …").
    const landfall = clozes(['The cyclone is likely to cross the coast, and the landfall process will start at midnight.', 'The process of landfall will be completed in three hours, according to the Special Relief Commissioner, Pradeep Kr Jena.']);
    expect(landfall.some((c) => c.startsWith('The landfall process of landfall'))).toBe(false);
  });

  it('keeps the group or area the sentences before narrowed it to, and not a time', () => {
    const women = clozes(['The unemployment rate among women (aged 15 and older) in rural districts rose to 6.2 per cent in the April-June quarter, the Periodic Labour Force Survey showed.', 'The rate was 5.9 per cent in January-March 2015.']);
    expect(women).toContain('The unemployment rate among women in rural districts was {{c1::5.9 per cent}} in January-March 2015.');
    const fronted = clozes(['In terms of the rural population, the participation rate in Kerala rose to 52.1 per cent in the July-September quarter.', 'The rate was 51.4 per cent a year earlier in the same quarter.']);
    expect(fronted.some((c) => c.startsWith('In terms of the rural population, the participation rate in Kerala was'))).toBe(true);
    // "in the April-June quarter" says when, and "for people aged …" counts everyone.
    const when = clozes(['The inflation rate in the April-June quarter eased to 3.1 per cent, the ministry said in Delhi.', 'The rate was 3.4 per cent in the previous quarter.']);
    expect(when.some((c) => c.startsWith('The inflation rate was'))).toBe(true);
    const everyone = clozes(['The unemployment rate for people aged 15 years and above fell to 6.6 per cent in the quarter, the ministry said.', 'The rate was 6.8 per cent a year ago.']);
    expect(everyone.some((c) => c.startsWith('The unemployment rate was'))).toBe(true);
    // A sentence narrowing it itself keeps its own group.
    const men = clozes(['The unemployment rate among women in towns fell to 8.1 per cent in the quarter, the ministry said.', 'The rate among men was 5.7 per cent in the quarter.']);
    expect(men.some((c) => c.startsWith('The unemployment rate among men was'))).toBe(true);
    // (A place narrowing it is named whole, never cut at its "and".)
    const jk = clozes(['His first task will be to ensure peaceful assembly elections in Jammu and Kashmir, working with the Election Commission.', 'The elections are scheduled to begin on September 18.']);
    expect(jk.some((c) => c.startsWith('The assembly elections in Jammu and Kashmir are scheduled'))).toBe(true);
    expect(jk.some((c) => /elections in Jammu are/.test(c))).toBe(false);
  });

  it('leaves it where the story qualified it another way further back ("wild elephants", then "baby elephants")', () => {
    const herd = clozes(['Nearly 6,000 wild elephants roam the forests of Odisha, the forest department said on Monday.', 'The herds move at night in Keonjhar district.', 'Most herds move at night, and baby elephants stay close to their mothers in Keonjhar.', 'The elephants raided crops in 14 villages in 2023, officials said.']);
    expect(herd.some((c) => c.startsWith('The baby elephants raided'))).toBe(false);
    expect(herd.some((c) => c.startsWith('The elephants raided'))).toBe(true);
  });
});

describe('"the sector" after a sentence that names one sector', () => {
  it('says which ("the manufacturing sector"), or is no cloze', () => {
    const mfg = clozes(['As per the statement, manufacturing grew by 2.2% between July and September in India.', 'In the same period of 2023, the sector had grown by 14.3%.']);
    expect(mfg).toContain('In the same period of 2023, the manufacturing sector had grown by {{c1::14.3%}}.');
    // (Two sectors named before it leave it open: no cloze.)
    const two = clozes(['Mining grew by 1.1% and manufacturing by 2.2% between July and September in India.', 'In the same period of 2023, the sector had grown by 14.3%.']);
    expect(two.filter((c) => c.includes('14.3%'))).toEqual([]);
  });
});
