import { describe, expect, it } from 'vitest';
import { buildCloze } from '../../src/extract/build-cloze.js';
import { analyzeArticle } from '../../src/analyze/index.js';

/** The sentence as the analyser reads it, with its tagged tokens. */
function sentenceOf(text: string) {
  const [s] = analyzeArticle({ id: 't', title: 'Test', date: '2024-11-06', place: null, site: null, source: 't.txt', paragraphs: [text] }).sentences;
  return s;
}
const clozeOf = (text: string, answer: string, clauseOnly: boolean) => {
  const s = sentenceOf(text);
  return buildCloze(s.text, answer, undefined, clauseOnly, s.tokens);
};

describe('a clause cut from its sentence holds a verb of its own', () => {
  it('is no clause when it is a name in apposition after a dash, its only verb in a relative clause', () => {
    const text = 'The new plan is an addition to an older scheme — the National Apprenticeship Support Fund (NASF) that provides full stipend support to trainees with a family income of up to Rs 3 lakh, pursuing diploma courses.';
    expect(clozeOf(text, 'Rs 3 lakh', false)).not.toMatch(/^The National Apprenticeship/);
  });

  it('is no clause when it is the last of a list of offices after ", and"', () => {
    const text = 'He is also the Chairman of the Space Applications Board (SAB), the apex body for all remote sensing programmes, and the Chairman of the National Review Board (NRB) for Shukrayaan, India\'s planned Venus orbiter mission.';
    expect(clozeOf(text, 'Shukrayaan', true)).toBeNull();
  });

  it('keeps a clause with its own verb, after a dash or an "and"', () => {
    const dash = 'Officials said the work had been delayed for two years — the state government released Rs 480 crore for the bridge only in March, after the monsoon had ended in the region.';
    expect(clozeOf(dash, 'Rs 480 crore', true)).toMatch(/^The state government released \{\{c1::Rs 480 crore\}\}/);
    const and = 'Sixty villages were cut off by the floods in the northern districts on Sunday, and the state disaster response force rescued 1,200 people from rooftops and trees.';
    expect(clozeOf(and, '1,200 people', true)).toMatch(/^The state disaster response force rescued \{\{c1::1,200 people\}\}/);
    // (A verb right after a date's number is still the verb: "… on May 8 released …".)
    const dated = 'The Indian Council of Medical Research and the National Institute of Nutrition on May 8 released a set of 17 dietary guidelines to prevent nutrient deficiencies, as well as address the rising risk of non-communicable diseases such as obesity, diabetes, and cardiovascular diseases.';
    expect(clozeOf(dated, '17', false)).toMatch(/released a set of \{\{c1::17\}\} dietary guidelines to prevent nutrient deficiencies …$/);
  });
});

describe('a clause after a semicolon', () => {
  it('is a fragment when its only verbs are an infinitive\'s ("…; the remaining 14 states to provide disaggregated estimates")', () => {
    const text = 'The ministry released the survey data for 22 states and union territories in December last year; the remaining 14 states to provide disaggregated estimates up to district level.';
    expect(clozeOf(text, '14', true)).toBeNull();
    // (Nor is a word glued to a figure by a typo a verb: "; covering724,115 women and …".)
    const glued = 'The survey work has been conducted in around 6.1 lakh households from 707 districts of the country; covering724,115 women and 101,839 men to provide disaggregated estimates up to district level.';
    expect(clozeOf(glued, '101,839', true)).toBeNull();
  });
});

describe('a participle after a figure', () => {
  it('is no verb of a clause ("a drop of 53 basis points from 2.07% recorded in August")', () => {
    const text = 'This marks the lowest inflation rate since June 2017, and a drop of 53 basis points from 2.07% recorded in August.';
    expect(clozeOf(text, '2.07%', true)).toBeNull();
    const exports = 'It was the weakest showing in a decade, and a fall of 12 per cent from $38 billion reported in March.';
    expect(clozeOf(exports, '$38 billion', true)).toBeNull();
    // (A past tense after a figure that has an object is the clause's verb still.)
    expect(clozeOf('Exports fell sharply in April, and the 14 ports handled 62 million tonnes of cargo in the month.', '62 million tonnes', true)).toMatch(/^The 14 ports handled/);
  });
});
