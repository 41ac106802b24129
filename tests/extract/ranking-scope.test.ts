import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

// In a story of one index, a sentence that tells places (or says "the list") without naming the
// index means that index, and its card says so.
const textsOf = (facts: ReturnType<typeof factsOf>, start: string) => facts.filter((f) => f.sentence.startsWith(start)).map((f) => (f.pattern === 'cloze' ? f.cloze : f.question));

describe('places told without the list they are in', () => {
  it('name the headline’s index (a competitiveness ranking)', () => {
    const facts = factsOf([
      'India has climbed 16 places to the 39th rank on the Global Competitiveness Index prepared by the World Economic Forum.',
      'For the eighth straight time, the list is topped by Switzerland as the most competitive economy. Singapore and the US are at the second and third positions, respectively.',
    ], { title: 'Global Competitiveness Index: India jumps 16 places' });
    const topped = textsOf(facts, 'For the eighth');
    expect(topped.length).toBeGreaterThan(0);
    for (const t of topped) expect(t).toContain('the Global Competitiveness Index is topped by');
    const places = textsOf(facts, 'Singapore and the US');
    expect(places.length).toBeGreaterThan(0);
    for (const t of places) expect(t).toMatch(/^In the Global Competitiveness Index, /);
  });

  it('name it for a bare "the ranking" too ("Tamil Nadu tops the ranking with an index score of 80.89")', () => {
    const facts = factsOf([
      'Tamil Nadu has the best ecosystem in India for exports, according to the Export Preparedness Index released by NITI Aayog on Monday.',
      'Tamil Nadu tops the ranking with an index score of 80.89, followed by Maharashtra at 78.20.',
    ], { title: 'Export Preparedness Index: Tamil Nadu tops' });
    const tops = facts.filter((f) => f.pattern === 'cloze' && f.sentence.startsWith('Tamil Nadu tops')).map((f) => f.cloze);
    expect(tops.length).toBeGreaterThan(0);
    for (const t of tops) expect(t).toContain('tops the Export Preparedness Index with');
  });

  it('name it in a passport index story, and leave a sentence that names the index as it is', () => {
    const facts = factsOf([
      'India has been ranked 80th in the Henley Passport Index 2026, with its citizens able to travel visa-free to 57 destinations.',
      'Singapore holds the first position with access to 193 destinations, while Japan and South Korea share the second spot.',
    ], { title: 'India ranks 80th in Henley Passport Index 2026' });
    const second = textsOf(facts, 'Singapore holds');
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(t).toMatch(/^In the Henley Passport Index, /);
    for (const t of textsOf(facts, 'India has been ranked')) expect(t).not.toMatch(/^In the Henley/);
  });

  it('leave "the list" alone where the article names a list of its own (a tentative list, the World Heritage List)', () => {
    const facts = factsOf([
      'Six sites have been added to India’s tentative list for the UNESCO World Heritage List, the Culture Ministry said.',
      'The six new sites were added to the list on March 7, the ministry said in a statement.',
    ], { title: 'Six Indian sites added to UNESCO tentative list' });
    const added = textsOf(facts, 'The six new sites');
    expect(added.length).toBeGreaterThan(0);
    for (const t of added) expect(t).toContain('to the list on');
  });
});

describe('a clause cut from a sentence that named the index', () => {
  it('names the index the clause no longer holds ("In the SDG India Index, _____ has been adjudged as the worst performer")', () => {
    const facts = factsOf([
      'Uttarakhand and Kerala have emerged as the top performer states in NITI Aayog’s SDG India Index, which evaluates progress of states and union territories on social, economic and environmental parameters, while Bihar has been adjudged as the worst performer.',
    ], { title: 'Uttarakhand, Kerala top performers in NITI Aayog’s SDG India Index' });
    const worst = facts.filter((f) => f.pattern === 'cloze' && f.answer === 'Bihar').map((f) => f.cloze);
    expect(worst.length).toBeGreaterThan(0);
    for (const t of worst) expect(t).toMatch(/SDG India Index/);
  });
});
