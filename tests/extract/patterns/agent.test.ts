import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('agent: who did what a passive sentence says was done', () => {
  it('asks who founded or led a named thing, from "… was <verb>ed by <person>"', () => {
    expect(ask(factsOf(['The FIRST Global competition was founded by Dean Kamen to inspire young people in science.']), 'agent')).toEqual([
      ['Who founded the FIRST Global competition?', 'Dean Kamen'],
    ]);
    expect(ask(factsOf(['The Dandi March was led by Mahatma Gandhi in 1930 to protest against the salt tax.']), 'agent')).toEqual([['Who led the Dandi March?', 'Mahatma Gandhi']]);
  });

  it('asks nothing when a second person follows the first one\'s description ("X, Ambassador of …, and Major General Y")', () => {
    expect(byPattern(factsOf(['The Shakti exercise was inaugurated by Thierry Mathou, Ambassador of France to India and Major General Prasanna Sudhakar Joshi, the ministry said.']), 'agent')).toEqual([]);
    expect(byPattern(factsOf(['The new bridge was designed by Anil Kumar, chief engineer of the state, and architect Meera Nair from Chennai.']), 'agent')).toEqual([]);
  });

  it('asks who made a named report or index from "<name> released/published by <body>", without "was"', () => {
    const rsf = factsOf(['According to the 2025 World Press Freedom Index released by Reporters Without Borders (RSF), India secured the 151st position.']);
    expect(ask(rsf, 'agent')).toEqual([['Which organisation released the 2025 World Press Freedom Index?', 'Reporters Without Borders']]);
    // (A day between the participle and its "by", the name's short form before the participle.)
    const hdr = factsOf(['Nepal ranked 145th on the index, according to the 2026 Human Capital Report (HCR) released on Tuesday by the Asian Development Forum (ADF).']);
    expect(ask(hdr, 'agent')).toEqual([['Which organisation released the 2026 Human Capital Report?', 'Asian Development Forum']]);
    const uhs = factsOf(['Two in five city children are underweight, according to the third Urban Health Survey (UHS-3) released by the Ministry of Housing on 4 June.']);
    expect(ask(uhs, 'agent')).toEqual([['Which organisation released the third Urban Health Survey?', 'Ministry of Housing']]);
    const ghi = factsOf(['The Global Hunger Index published by Concern Worldwide ranks 127 countries on hunger every year.']);
    expect(ask(ghi, 'agent')).toEqual([['Which organisation published the Global Hunger Index?', 'Concern Worldwide']]);
    // The name a described noun stands for, set off by a comma.
    const anvesha = factsOf(['Central to this mission is EOS-N1, a top-secret surveillance satellite created by the Defence Research and Development Organisation (DRDO).']);
    expect(ask(anvesha, 'agent')).toEqual([['Which organisation created EOS-N1?', 'DRDO']]);
    // A participle after a common noun names no made thing the question could ask.
    expect(byPattern(factsOf(['The data released by the ministry on Monday showed a fall in exports.']), 'agent')).toEqual([]);
  });

  it('asks "Which organisation" when a body did it', () => {
    const launch = factsOf(['The Artemis I mission was launched by NASA from Florida in November 2022.']);
    expect(ask(launch, 'agent')).toEqual([['Which organisation launched the Artemis I mission?', 'NASA']]);
  });

  it('asks of the clause told, not its teller ("Officials said on Monday the buffer zone of X has been approved by …")', () => {
    const facts = factsOf(['Senior forest officials said on Monday the buffer zone of Tadoba has been approved by the State Wildlife Board (SWB).']);
    expect(ask(facts, 'agent')).toEqual([['Which organisation approved the buffer zone of Tadoba?', 'State Wildlife Board']]);
  });

  it('asks nothing when the doer is not named', () => {
    expect(byPattern(factsOf(['The bridge was built by workers over three years.']), 'agent')).toEqual([]);
  });
  it('asks nothing of who announced or reported something', () => {
    expect(ask(factsOf(['The signing of the MoUs was announced by the Ministry of Foreign Affairs in Kathmandu.']), 'agent')).toEqual([]);
  });
});

describe('agent: a name opening the object keeps its capital', () => {
  it('with its possessive ("Harivansh\'s name was proposed by …")', () => {
    const facts = factsOf(['Harivansh Narayan Singh was re-elected on Monday.', "Harivansh's name was proposed by the Bharatiya Janata Party and seconded by the Leader of the House."]);
    const questions = byPattern(facts, 'agent').map((f) => f.question);
    expect(questions.some((q) => q.includes("Harivansh's name"))).toBe(true);
    expect(questions.some((q) => q.includes("harivansh's"))).toBe(false);
  });
});

describe('agent: a body named by its common noun', () => {
  it('asks no "Which organisation asked …?" of "by the Bench"', () => {
    expect(ask(factsOf(['The persons whose appointments were rendered invalid were asked by the Bench to return the salary earned by them.']), 'agent')).toEqual([]);
  });
});

describe('agent: an office before its holder\'s name', () => {
  it('asks the holder, never the office as a body ("led by Chief Justice of India (CJI) DY Chandrachud")', () => {
    const facts = factsOf(['The five-judge Bench was led by Chief Justice of India (CJI) DY Chandrachud.', 'The inquiry panel was headed by Chief Election Commissioner Gyanesh Kumar.']);
    const asked = ask(facts, 'agent');
    expect(asked).toContainEqual(['Who led the five-judge Bench?', 'DY Chandrachud']);
    expect(asked.map(([, a]) => a)).not.toContain('Chief Justice of India');
    expect(asked.map(([, a]) => a)).not.toContain('Chief Election Commissioner');
  });
});

describe('agent: who brought a case', () => {
  it('is not asked ("The petition in the High Court was filed by one Anshuman Singh Rathore …"), while a founder still is', async () => {
    const { byPattern, factsOf } = await import('../facts-of.js');
    expect(byPattern(factsOf(['The petition in the High Court was filed by one Anshuman Singh Rathore challenging the constitutional validity of the Act.']), 'agent')).toEqual([]);
    expect(byPattern(factsOf(['A public interest litigation was moved by advocate Ashwini Upadhyay seeking a ban on freebies.']), 'agent')).toEqual([]);
    expect(byPattern(factsOf(['The FIRST Global competition was founded by Dean Kamen to inspire students.']), 'agent').map((f) => f.answer)).toEqual(['Dean Kamen']);
  });
});

describe('agent: a body\'s routine release of figures', () => {
  it('asks no "Which organisation released the Weekly Statistical Supplement?"', () => {
    const facts = factsOf(['India’s foreign exchange reserves touched an all-time high in the week ended on July 5.', 'The Weekly Statistical Supplement released by the Reserve Bank of India (RBI) revealed this.']);
    expect(byPattern(facts, 'agent').filter((f) => /Weekly Statistical Supplement/.test(f.question))).toEqual([]);
    // (A named index's publisher is still asked.)
    const index = factsOf(['According to the 2025 World Press Freedom Index released by Reporters Without Borders (RSF), India secured the 151st position.']);
    expect(byPattern(index, 'agent').length).toBeGreaterThan(0);
  });
});

describe('agent: a House that passed a bill the other House passed too', () => {
  it('is asked by the day it passed it, and not at all without one', () => {
    const story = (last: string) => factsOf(['The Public Examinations Bill, 2024 was passed through a voice vote in Rajya Sabha on Friday.', last], { title: 'Parliament passes bill to curb exam malpractices' });
    expect(ask(story('The bill was passed by Lok Sabha on February 6.'), 'agent')).toContainEqual([expect.stringMatching(/^Which House passed the .*Bill.* on February 6\?$/), 'Lok Sabha']);
    expect(ask(story('The bill had earlier been passed by Lok Sabha amid protests.'), 'agent')).toEqual([]);
  });
});

describe('agent: a gathering named by its common noun alone', () => {
  it('asks no one who organised or addressed "the event" ("The event was organised by the Directorate of School Education")', () => {
    expect(ask(factsOf(['The event was organised by the Directorate of School Education.']), 'agent')).toEqual([]);
    expect(ask(factsOf(['The ceremony was attended by the Indian Council of Historical Research.']), 'agent')).toEqual([]);
  });
});

describe('agent: a passive in a clause after "after"', () => {
  it('has no subject from the sentence\'s start ("… started decreasing after the Automatic Landing Sequence (ALS) was initiated by ISRO")', () => {
    expect(ask(factsOf(['Vikram lander’s altitude started decreasing after the Automatic Landing Sequence (ALS) was initiated by ISRO.']), 'agent')).toEqual([]);
    // (A passive of the sentence's own subject is asked as before.)
    expect(ask(factsOf(['The Automatic Landing Sequence was initiated by the Indian Space Research Organisation on Wednesday.']), 'agent').map(([, a]) => a)).toContain('ISRO');
  });
});
