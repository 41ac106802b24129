import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

// (Without the month every question ends with: the article's date is the test's.)
const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'died').map((f) => [f.question.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'), f.answer]);

describe('died: "X, one of …, passed away"', () => {
  it('reads past a description of one of a kind set off by commas, and asks the age "He was 86." gives', () => {
    const got = asked(['Pune: Dr Ravi Kelkar, one of India’s most respected astrophysicists and a tireless science communicator, passed away in Pune early Tuesday morning. He was 86.']);
    expect(got).toContainEqual(['At what age did Ravi Kelkar pass away?', '86']);
    const singer = asked(['Meena Pillai, one of the most loved voices of Malayalam cinema, died in Kochi on Sunday at the age of 77.']);
    expect(singer).toContainEqual(['At what age did Meena Pillai pass away?', '77']);
  });
});

describe('died: "took his last breath"', () => {
  it('is a death too ("Acclaimed playback singer … Pankaj Udhas took his last breath …")', () => {
    const got = asked(['Acclaimed playback singer and ghazal maestro Pankaj Udhas took his last breath around 11.00 am at the Breach Candy Hospital in Mumbai today. He was 72.']);
    expect(got).toContainEqual(['Which acclaimed playback singer and ghazal maestro passed away?', 'Pankaj Udhas']);
  });
});

describe('died: a description that opens the sentence', () => {
  it('keeps no capital the sentence gave it ("Which three-time Olympic gold-medallist passed away?")', () => {
    const got = asked(['Three-time Olympic gold-medallist Balbir Singh Senior passed away at 6:17 am on Monday morning. He was 96.']);
    expect(got).toContainEqual(['Which three-time Olympic gold-medallist passed away?', 'Balbir Singh Senior']);
  });
});

describe('died: what they were known for, set off by commas', () => {
  it('is no one who died ("Ameen Sayani, celebrated for his iconic show Binaca Geetmala, breathed his last")', () => {
    const got = asked(['Renowned former radio announcer Ameen Sayani, celebrated for his iconic show Binaca Geetmala, breathed his last on Tuesday in Mumbai at the age of 91.']);
    expect(got.map(([, a]) => a)).not.toContain('Binaca Geetmala');
    expect(got).toContainEqual(['Which renowned former radio announcer passed away?', 'Ameen Sayani']);
    expect(got).toContainEqual(['At what age did Ameen Sayani pass away?', '91']);
    const author = asked(['Veteran novelist Ruskin Bond, best known for his book Rusty Tales, passed away on Friday in Mussoorie at the age of 90.']);
    expect(author.map(([, a]) => a)).not.toContain('Rusty Tales');
    expect(author).toContainEqual(['At what age did Ruskin Bond pass away?', '90']);
  });
});

describe('died: a clause before the name', () => {
  it('is no description ("The other recipients are noted singer S P Balasubramaniam, who passed away …")', () => {
    const got = asked(['The other recipients are noted singer S P Balasubramaniam, who passed away last year. He was 74.']);
    expect(got.map(([q]) => q).join(' ')).not.toMatch(/recipients are/);
  });
});

describe('died: a name one is known by', () => {
  it('is the person named before it, never one who died ("Milkha Singh, better known as the Flying Sikh, died …")', () => {
    const got = byPattern(factsOf(['The legendary sprinter Milkha Singh, better known as the Flying Sikh, died on Friday at 11.30 pm due to post-Covid complications. He was 91.'], { title: 'The Flying Sikh dies after a long bout with Covid-19' }), 'died').map((f) => [f.question, f.answer]);
    expect(got.map(([, a]) => a)).not.toContain('Flying Sikh');
    expect(got.some(([q]) => /better known as the passed away/.test(q))).toBe(false);
    expect(got).toContainEqual([expect.stringMatching(/^At what age did Milkha Singh pass away/), '91']);
  });
});

describe('died: who died, by what the article calls them, and at what age', () => {
  it('reads a relative clause with no comma before "who", and the age in "He was 84 and is survived by …"', () => {
    const facts = factsOf([
      'Former ISRO chief K Kasturirangan who was at the helm of the space agency for nearly a decade, passed away in Bengaluru on Friday. He was 84 and is survived by two sons, family sources said.',
    ]);
    const asked = ask(facts, 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a]);
    expect(asked).toContainEqual(['Which former ISRO chief passed away?', 'K Kasturirangan']);
    expect(asked).toContainEqual(['At what age did K Kasturirangan pass away?', '84']);
  });

  it('reads a long relative clause closed by a dash ("X, who …, breaking away from … - has died at 88")', () => {
    const facts = factsOf(['Ravi Menon, who took Hindustani music to concert halls across Europe in the 1960s and 1970s with a style known for its restraint, drawing crowds far beyond the classical circuit - has died at 88.'], { title: 'Veteran sitarist Ravi Menon dies at 88' });
    expect(ask(facts, 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Which veteran sitarist passed away?', 'Ravi Menon']);
  });

  it('a former minister, with the age in the sentence', () => {
    expect(asked(['Former Union Home Minister and Congress leader Buta Singh passed away on Saturday at the age of 86.'])).toEqual([
      ['Which former Union Home Minister and Congress leader passed away?', 'Buta Singh'],
      ['At what age did Buta Singh pass away?', '86'],
    ]);
  });

  it('a serving minister with a portfolio title, the age in the next sentence', () => {
    expect(asked(['Union Consumer Affairs, Food and Public Distribution Minister Ram Vilas Paswan passed away in a Delhi hospital on Thursday. He was 74.'])).toEqual([
      ['Which Union Consumer Affairs, Food and Public Distribution Minister passed away?', 'Ram Vilas Paswan'],
      ['At what age did Ram Vilas Paswan pass away?', '74'],
    ]);
  });

  it('who died, from the words after "the demise of", and the age between commas', () => {
    expect(asked(['President Droupadi Murmu condoled the demise of eminent economist Bibek Debroy, who passed away on Friday.'])).toEqual([
      ['Which eminent economist passed away?', 'Bibek Debroy'],
    ]);
    expect(asked(['Legendary tabla player Zakir Hussain, 73, died in San Francisco on Sunday.'])).toEqual([
      ['Which legendary tabla player passed away?', 'Zakir Hussain'],
      ['At what age did Zakir Hussain pass away?', '73'],
    ]);
    expect(asked(['Popular ghazal and playback singer Pankaj Udhas died on Monday at the age of 73 due to a prolonged illness.']).map(([q]) => q)).toContain(
      'Which popular ghazal and playback singer passed away?',
    );
  });

  it('asks no "which" without a description, and nothing when nobody died', () => {
    expect(asked(['Buta Singh passed away on Saturday in New Delhi after a long illness.'])).toEqual([]);
    expect(asked(['The minister said the scheme had died a natural death after funds ran out in 2019.'])).toEqual([]);
  });
});

describe('died: a relative clause between the name and the verb, an age before the description', () => {
  it('asks who died and at what age ("86-year-old Tata Group patriarch Ratan Tata, who was admitted to …, passed away")', () => {
    expect(asked(['86-year-old Tata Group patriarch Ratan Tata, who was admitted to the Breach Candy Hospital, passed away due to age-related ailments.'])).toEqual([
      ['Which Tata Group patriarch passed away?', 'Ratan Tata'],
      ['At what age did Ratan Tata pass away?', '86'],
    ]);
    expect(asked(['Veteran actor Manoj Kumar, who had been unwell for some weeks, died in Mumbai on Friday at the age of 87.'])).toEqual([
      ['Which veteran actor passed away?', 'Manoj Kumar'],
      ['At what age did Manoj Kumar pass away?', '87'],
    ]);
  });
});

describe('died: an opening phrase is no description', () => {
  it('reads a description in apposition, and who they were from the headline', () => {
    const facts = factsOf(['Rajendra, the singer who lent his voice to more than 2,000 songs in six languages, died here on Monday, his family said.'], {
      title: 'Legendary Kannada playback singer Rajendra dies at 84',
    });
    expect(ask(facts, 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toEqual([
      ['Which legendary Kannada playback singer passed away?', 'Rajendra'],
    ]);
  });

  it('asks who an owner\'s description names ("Who was India\'s most celebrated astrophysicist, who passed away?"), and no given name or "Late" from the headline', () => {
    expect(asked(['India\'s most celebrated astrophysicist Jayant Narlikar, who passed away in May, was on Saturday selected for the Vigyan Ratna Puraskar.'])).toContainEqual([
      'Who was India\'s most celebrated astrophysicist, who passed away?',
      'Jayant Narlikar',
    ]);
    const facts = factsOf(['Jayant Narlikar was on Saturday selected for the Vigyan Ratna Puraskar, the top science award.', 'Narlikar died in Pune in May at the age of 86, after a brief illness.'], { title: 'Late astrophysicist Jayant Narlikar selected for Vigyan Ratna award' });
    expect(ask(facts, 'died').map(([q]) => q.replace(/ in \w+ \d{4}\?$/, '?'))).toContain('Which astrophysicist passed away?');
  });

  it('asks no "Which Known for her iconic songs …" question', () => {
    const found = asked(['Known for her iconic Chhatth songs, Sharda Sinha passed away on November 5 last year at AIIMS in Delhi.']);
    expect(found.filter(([q]) => /^Which /.test(q))).toEqual([]);
    // Nor an opening phrase and the first of two who died.
    expect(asked(['During the course of the hearing of the criminal appeal, appellants Virendra and Ajab Singh died.']).filter(([q]) => /^Which /.test(q))).toEqual([]);
  });
});

describe('died: a long description with a party\'s short form', () => {
  it('asks who died by it ("Veteran Bharatiya Janata Party (BJP) leader and two-times … chief minister")', () => {
    expect(asked(['Veteran Bharatiya Janata Party (BJP) leader and two-times Madhya Pradesh chief minister Sunderlal Patwa passed away at a private hospital in Bhopal on Wednesday.'])).toContainEqual([
      'Which veteran Bharatiya Janata Party (BJP) leader and two-times Madhya Pradesh chief minister passed away?', 'Sunderlal Patwa',
    ]);
  });
});

describe('died: a trade opening the sentence', () => {
  it('asks "Which astrophysicist and writer …?" in lower case, a demonym kept', () => {
    expect(asked(['Astrophysicist and writer Jayant Narlikar died in Pune on Tuesday, the institute said.']).map(([q]) => q)).toContain('Which astrophysicist and writer passed away?');
    expect(asked(['Indian actor Tom Alter passed away at his residence in Mumbai on Friday.']).map(([q]) => q).filter((q) => q.startsWith('Which'))).toEqual(['Which Indian actor passed away?']);
  });

  it('asks by the description set off by a comma before an honorific ("…, Dr Mankombu Sambasivan Swaminathan")', () => {
    const facts = factsOf(['Visionary scientist and father of the Green Revolution in India, Dr Mankombu Sambasivan Swaminathan passed away on Thursday morning.'], { date: '2023-09-28' });
    expect(ask(facts, 'died')).toContainEqual(['Which visionary scientist and father of the Green Revolution in India passed away in September 2023?', 'Mankombu Sambasivan Swaminathan']);
  });
});

describe('died: a trade and the headline’s first description', () => {
  it('reads a lower-case trade before the name, and only the first of a headline’s comma-parted descriptions', () => {
    const trade = factsOf(['Sarod maestro Arjun Bhat passed away in Kolkata on Monday at the age of 81, his family said.']);
    expect(ask(trade, 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Which Sarod maestro passed away?', 'Arjun Bhat']);
    const headline = factsOf(['Meera Joshi passed away at her home in Pune on Sunday. She was 92.'], { title: 'Kathak legend, Padma Vibhushan Meera Joshi dies at 92' });
    expect(ask(headline, 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toContainEqual(['Which Kathak legend passed away?', 'Meera Joshi']);
  });

  it('writes a title-case headline’s everyday words in lower case ("Business Magnate …" → "business magnate")', () => {
    const magnate = factsOf(['Ace investor Ramesh Chandrakant Mehta passed away in Mumbai on Sunday at the age of 70.', 'The magnate had founded three airlines.'], { title: 'Business Magnate Ramesh Chandrakant Mehta Passes Away; Leaders Pay Tribute' });
    expect(ask(magnate, 'died').map(([q]) => q.replace(/ in \w+ \d{4}\?$/, '?'))).toContain('Which business magnate passed away?');
    const honour = factsOf(['Meera Joshi passed away at her home in Pune on Sunday. She was 92.'], { title: 'Kathak Legend And Padma Vibhushan Awardee Meera Joshi Dies At 92' });
    expect(ask(honour, 'died').map(([q]) => q.replace(/ in \w+ \d{4}\?$/, '?'))).toContain('Which Kathak legend and Padma Vibhushan awardee passed away?');
  });

  it('reads a title set off by commas after the name ("X, Congress leader and former Union Minister, passed away"), and the age "He was 91 years old"', () => {
    const facts = factsOf(['Ramesh Deshpande, Congress leader and former Union Minister, passed away in Maharashtra’s Nanded. He was 88 years old.', 'He had won from the Nanded Lok Sabha seat five times.'], { title: 'Ramesh Deshpande Dies at 88: Former Union Minister Passes Away in Nanded' });
    const asked = ask(facts, 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a]);
    expect(asked).toContainEqual(['Which Congress leader and former Union Minister passed away?', 'Ramesh Deshpande']);
    expect(asked).toContainEqual(['At what age did Ramesh Deshpande pass away?', '88']);
    // (Hyphened too: "He was 80-years-old.")
    const hyphened = ask(factsOf(['Social reformer Anand Mehta died of a cardiac arrest at AIIMS Delhi on Tuesday. He was 80-years-old.']), 'died').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a]);
    expect(hyphened).toContainEqual(['At what age did Anand Mehta pass away?', '80']);
    // (A clause set off after the name describes no one: "Rajendra, the singer who lent his voice …".)
    expect(ask(factsOf(['Sunil Rao, who had been ailing for a month, passed away in Pune.']), 'died').filter(([q]) => q.startsWith('Which'))).toEqual([]);
  });

  it('reads who died past a headline\'s "Last rites of" and never a given name as the description ("… sculptor Ram Sutar" for "Sutar")', () => {
    const facts = factsOf(['The last rites of renowned sculptor Mohan Vanji Sutar were performed at the crematorium in Noida on Friday.', 'Sutar passed away at his residence on Wednesday night at the age of 100.'], { title: 'Last rites of Statue of Equality sculptor Mohan Sutar performed in Noida' });
    expect(ask(facts, 'died').map(([q]) => q.replace(/ in \w+ \d{4}\?$/, '?'))).toContain('Which Statue of Equality sculptor passed away?');
  });

  it('leaves an honorific before the name out of the description, with or without a comma', () => {
    const scientist = factsOf(['Eminent scientist Dr Pushpa Mitra Bhargava, 89, passed away on Tuesday.'], { title: 'Eminent scientist Dr Pushpa Mitra Bhargava passes away' });
    expect(asked([scientist[0].sentence])).toContainEqual(['Which eminent scientist passed away?', 'Pushpa Mitra Bhargava']);
    expect(asked(['Renowned economist Prof Abhijit Sen passed away in New Delhi on Monday.']).map(([q]) => q)).toContain('Which renowned economist passed away?');
  });
});

describe('died: a name set off by commas before "passed away"', () => {
  it('asks who, described as the sentence opens ("Visionary scientist …, Dr. Mankombu Sambasivan Swaminathan, passed away")', () => {
    const died = (text: string) => ask(factsOf([text], { date: '2023-09-28' }), 'died');
    expect(died('Visionary scientist and father of the Green Revolution in India, Dr. Mankombu Sambasivan Swaminathan, passed away.')).toContainEqual(['Which visionary scientist and father of the Green Revolution in India passed away in September 2023?', 'Mankombu Sambasivan Swaminathan']);
    expect(died('Legendary playback singer and Bharat Ratna awardee, Lata Mangeshkar, died in Mumbai on Sunday.').map(([, a]) => a)).toContain('Lata Mangeshkar');
  });
});

describe('died: a description opening on "The"', () => {
  it('is asked without its article ("Which noted astrophysicist passed away?")', () => {
    const facts = factsOf(['The noted astrophysicist Jayant Vishnu Narlikar passed away at the age of 87 in Pune on Tuesday.']);
    const asked = ask(facts, 'died').map(([q]) => q);
    expect(asked.some((q) => /^Which noted astrophysicist passed away/.test(q))).toBe(true);
    expect(asked.join(' ')).not.toMatch(/\bThe noted\b|\bthe The\b/);
  });
});

describe('died: a death the lead tells by who mourned it', () => {
  it('asks who died ("… leaders condoled the death of Padma Shri actor Vivekh"; "… mourned the demise of JMM founder Shibu Soren")', async () => {
    const { ask, factsOf } = await import('../facts-of.js');
    const actor = factsOf(['Prime Minister Narendra Modi, Tamil Nadu Chief Minister Edappadi K. Palaniswami and other political leaders condoled the death of Padma Shri actor Vivekh on Saturday.'], { date: null });
    expect(ask(actor, 'died')).toContainEqual(['Which Padma Shri actor passed away?', 'Vivekh']);
    const founder = factsOf(['Bengal Chief Minister Mamata Banerjee on Monday mourned the demise of Jharkhand Mukti Morcha founder Shibu Soren, describing it as the end of an era.'], { date: null });
    expect(ask(founder, 'died').map(([, a]) => a)).toContain('Shibu Soren');
    // (Not the mourner.)
    expect(ask(founder, 'died').map(([, a]) => a)).not.toContain('Mamata Banerjee');
    // (Two titles of one person joined by "and"; two people so joined are asked of no one.)
    const leader = factsOf(['Prime Minister Narendra Modi and other leaders condoled the demise of former Punjab Chief Minister and Shiromani Akali Dal chief Parkash Singh Badal on Tuesday.'], { date: null });
    expect(ask(leader, 'died')).toContainEqual(['Which former Punjab Chief Minister and Shiromani Akali Dal chief passed away?', 'Parkash Singh Badal']);
    const two = factsOf(['Leaders condoled the death of actor Ravi Menon and singer Meena Pillai on Saturday.'], { date: null });
    expect(ask(two, 'died').filter(([, a]) => a === 'Meena Pillai')).toEqual([]);
  });
});

describe('died: a name set off by what it is fondly known as', () => {
  it('asks who passed away ("Dharmendra, fondly known as the industry’s “He-Man” and “Dharam Paaji,” passed away …")', () => {
    const facts = factsOf(['Veteran Bollywood actor Dharmendra, fondly known as the industry’s “He-Man” and “Dharam Paaji,” passed away on November 24, Monday, at the age of 89.'], { title: 'Legendary actor Dharmendra passes away at age 89', date: '2025-11-24' });
    expect(byPattern(facts, 'died').map((f) => f.answer)).toContain('Dharmendra');
  });
});

describe('died: a headline of mourners', () => {
  it('never takes the mourners for the description of the dead ("PM Modi, Shah, Kharge condole demise of Parkash Singh Badal")', () => {
    const got = byPattern(factsOf(['Leaders condoled the demise of the former Chief Minister on Tuesday.', 'Badal died late on Tuesday evening. He was 95.'], { title: 'PM Modi, Shah, Kharge condole demise of Parkash Singh Badal' }), 'died').map((f) => f.question);
    expect(got.filter((q) => /PM Modi/.test(q))).toEqual([]);
    // (The words after "demise of" do describe the dead.)
    const sitarist = byPattern(factsOf(['Menon died late on Tuesday evening. He was 88.'], { title: 'President, PM mourn death of veteran sitarist Ravi Menon' }), 'died').map((f) => [f.question.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'), f.answer]);
    expect(sitarist).toContainEqual(['Which veteran sitarist passed away?', 'Ravi Menon']);
  });
});

describe('died: the age in a paragraph of its own', () => {
  it('asks it ("… died on Wednesday following a cardiac arrest. ¶ He was 80.")', () => {
    const facts = factsOf(['Former Prime Minister of Kenya, Raila Amolo Odinga, who had arrived in Kerala for Ayurvedic treatment, died on Wednesday following a cardiac arrest, police said.', 'He was 80.', 'Hospital sources said Odinga collapsed during a morning walk.']);
    expect(ask(facts, 'died').map(([q, a]) => [q.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'), a])).toContainEqual(['At what age did Raila Amolo Odinga pass away?', '80']);
    // (Not an age a paragraph later tells of someone else.)
    const other = factsOf(['Raila Odinga died on Wednesday following a cardiac arrest.', 'His wife Ida flew to Kochi. She was 75.']);
    expect(ask(other, 'died').filter(([q]) => /^At what age/.test(q))).toEqual([]);
  });
});

describe('died: what they were in apposition, before a clause of what they did', () => {
  it('asks who died by it ("Rajagopala Chidambaram, the architect of … who played a key role in …, passed away")', () => {
    expect(asked(["Rajagopala Chidambaram, the architect of India's nuclear weapons programme who played a key role in the atomic tests at Pokhran in 1974 and 1998, passed away in Mumbai on Saturday morning."])).toContainEqual([
      "Which architect of India's nuclear weapons programme passed away?", 'Rajagopala Chidambaram',
    ]);
    expect(asked(['Zakir Hussain, the tabla maestro who took Indian music to the world stage, died in San Francisco on Sunday.']).map(([, a]) => a)).toContain('Zakir Hussain');
  });
});
