import { describe, expect, it } from 'vitest';
import { buildDistractorPool, poolEntries } from '../../src/generate/distractor-pool.js';
import { rankDistractors } from '../../src/generate/distractors.js';
import type { Fact } from '../../src/types.js';

const fact = (over: Partial<Fact>): Fact => ({
  id: 'f', articleId: 'a', pattern: 'office', question: 'Who was the President of the United States?', answer: 'Barack Obama',
  answerType: 'person', sentence: 'President Barack Obama tweeted on Wednesday.', sentenceIndex: 0, cloze: '', score: 0.9, ...over,
});

describe('a person option is a person', () => {
  it('a name the analyser ran into a body\'s ("Islamic Relations Alia Salem") lends no option', () => {
    const values = poolEntries(fact({ related: ['Islamic Relations Alia Salem', 'Sergey Brin'] })).map((e) => e.value);
    expect(values).toContain('Sergey Brin');
    expect(values).not.toContain('Islamic Relations Alia Salem');
  });
});

describe('a person named as a case or a government', () => {
  it('lends no option, in its own fact or among the article’s people', async () => {
    const own = poolEntries(fact({ answer: 'Azeez Basha', sentence: 'The Supreme Court overruled the 1967 judgement in Azeez Basha case.' })).map((e) => e.value);
    expect(own).toEqual([]);
    const { studyText } = await import('../../src/index.js');
    const r = studyText(
      [
        'Supreme Court overrules Azeez Basha verdict',
        'A seven-judge bench of the Supreme Court on Friday overruled the 1967 judgement in Azeez Basha case by a 4-3 majority.',
        'Justice Surya Kant, Justice Dipankar Datta and Justice Satish Chandra Sharma wrote separate dissents, while Chief Justice DY Chandrachud wrote for the majority.',
      ].join('\n\n'),
      { source: 'x.txt', kind: 'text' },
    );
    const related = r.facts.filter((f) => f.answerType === 'person').flatMap((f) => f.related ?? []);
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain('Azeez Basha');
  });
  it('nor does a leader named as a government ("contacts with the Xi Jinping government")', () => {
    const own = poolEntries(fact({ answer: 'Xi Jinping', sentence: 'He played a key role in contacts with the Xi Jinping government after the Galwan clash.' })).map((e) => e.value);
    expect(own).toEqual([]);
  });
  it('reads the role of a post the sentence says someone left ("the post of Indian envoy … since X retired")', async () => {
    const { roleOf } = await import('../../src/generate/person-roles.js');
    expect(roleOf('Taranjit Sandhu', 'The post of Indian envoy in Washington DC has been lying vacant since Taranjit Sandhu retired in January.')).toBe('envoy');
    expect(roleOf('Asha Rao', 'The post of chief justice has been vacant, and Asha Rao spoke at the event.')).toBeNull();
  });
});

describe('options for the holder of an office', () => {
  it('are people the article shows in an office of that kind, never a co-founder or an activist', () => {
    const president = fact({ related: ['Sergey Brin', 'Alia Salem'] });
    const brin = fact({ id: 'g', pattern: 'quote', question: 'Who said the boy was welcome?', answer: 'Sergey Brin', sentence: 'Sergey Brin said the boy was welcome.' });
    const pool = buildDistractorPool([president, brin]);
    const options = rankDistractors(president, pool, () => 0.5, 3);
    expect(options).not.toContain('Sergey Brin');
    expect(options).not.toContain('Alia Salem');
  });
});

describe('options of the country and gender the question asks', () => {
  const medal = fact({
    pattern: 'ordinal', question: 'Who was the first woman to win a medal in shooting for India?', answer: 'Manu Bhaker', sentence: 'Manu Bhaker became the first woman to win a medal in shooting for India.',
    related: ['Kim Ye-ji', 'Gagan Narang', 'Heena Sidhu'],
    people: { 'Manu Bhaker': { country: 'india', gender: 'f' }, 'Kim Ye-ji': { country: 'south korea', gender: 'f' }, 'Gagan Narang': { country: 'india', gender: 'm' }, 'Heena Sidhu': { country: 'india', gender: 'f' } },
  });
  it('never one the article ties to another country, nor one it does not show to be a woman where a woman is asked', () => {
    const options = rankDistractors(medal, buildDistractorPool([medal]), () => 0.5, 3);
    expect(options).toEqual(['Heena Sidhu']);
  });
});

describe('options for a foreigner the question names by country', () => {
  it('are people the article ties to a country, never the home side of unknown country', () => {
    const bout = fact({
      pattern: 'cloze', question: 'Aman had registered a 12-0 win over Albania’s _____ in the quarterfinal.', answer: 'Zelimkhan Abakanov', sentence: 'Aman had registered a 12-0 win over Albania’s Zelimkhan Abakanov in the quarterfinal.',
      related: ['Ravi Dahiya', 'Bajrang Punia', 'Rei Higuchi', 'Darian Toi Cruz', 'Vladimir Egorov'],
      people: { 'Zelimkhan Abakanov': { country: 'albania' }, 'Rei Higuchi': { country: 'japan' }, 'Darian Toi Cruz': { country: 'puerto rico' }, 'Vladimir Egorov': { country: 'north macedonia' } },
    });
    const options = rankDistractors(bout, buildDistractorPool([bout]), () => 0.5, 3);
    expect(options).not.toContain('Ravi Dahiya');
    expect(options).not.toContain('Bajrang Punia');
    expect(options).toEqual(expect.arrayContaining(['Rei Higuchi', 'Darian Toi Cruz', 'Vladimir Egorov']));
  });
});

describe('a place option is of the place\'s kind', () => {
  it('a name before a lower-case site word ("at H N Reliance hospital") lends no town', () => {
    const site = poolEntries(fact({ answer: 'H N Reliance', answerType: 'place', sentence: 'He passed away last night at H N Reliance hospital.' })).map((e) => e.value);
    expect(site).toEqual([]);
    const town = poolEntries(fact({ answer: 'Colombo', answerType: 'place', sentence: 'Radio Ceylon was then broadcast from Colombo.' })).map((e) => e.value);
    expect(town).toEqual(['Colombo']);
  });
});

describe('a person option of the answer\'s group of roles', () => {
  it('is no related name the pool knows in another group ("After which CJI …?" → not the President)', () => {
    const cji = fact({ pattern: 'ordinal', question: 'After which CJI was Ravi Lalit the second CJI to be appointed from the Bar?', answer: 'S M Sikri', sentence: 'He is the second CJI after late Justice S M Sikri to be appointed directly from the Bar.', related: ['Droupadi Murmu', 'D Y Chandrachud'] });
    const president = fact({ id: 'p', answer: 'Droupadi Murmu', sentence: 'President Droupadi Murmu administered the oath.' });
    const justice = fact({ id: 'j', answer: 'D Y Chandrachud', sentence: 'The next in line is Justice D Y Chandrachud.' });
    const options = rankDistractors(cji, buildDistractorPool([president, justice, cji]), () => 0.5, 3);
    expect(options).not.toContain('Droupadi Murmu');
    expect(options).toContain('D Y Chandrachud');
  });
});

describe('a judge\'s options', () => {
  it('are never the counsel a ruling names ("Advocate Kanu Agarwal for the Centre")', () => {
    const bench = 'A bench led by Chief Justice of India Sanjiv Khanna, along with Justices Sanjay Kumar and K.V. Viswanathan, directed the Centre to respond.';
    const judge = fact({ id: 'v', pattern: 'cloze', question: 'A bench led by …, along with Justices Sanjay Kumar and _____, directed the Centre to respond.', answer: 'K.V. Viswanathan', sentence: bench });
    const counsel = fact({ id: 'c', pattern: 'cloze', answer: 'Kanu Agarwal', sentence: 'The Court appointed nodal counsels: Advocate Ejaz Maqbool for those supporting the Act and Advocate Kanu Agarwal for the Centre.' });
    const other = fact({ id: 'o', pattern: 'cloze', answer: 'Dipankar Datta', sentence: 'Justice Dipankar Datta wrote a separate opinion.' });
    const options = rankDistractors(judge, buildDistractorPool([judge, counsel, other]), () => 0.5, 3);
    expect(options).not.toContain('Kanu Agarwal');
    expect(options).toContain('Dipankar Datta');
  });
});

describe('a judge\'s options in a whole ruling', () => {
  it('are never the counsel it names in a sentence with no fact of its own', async () => {
    const { buildDocument, studyText } = await import('../../src/index.js');
    const text = [
      'SC bars new suits under Places of Worship Act',
      'The Supreme Court on Thursday restricted lower courts from registering new pleas under the Places of Worship Act until it completes its hearing.',
      'A bench led by Chief Justice of India Sanjiv Khanna, along with Justices Sanjay Kumar and K.V. Viswanathan, directed the Centre to submit a response within four weeks.',
      'The Court also appointed nodal counsels for different parties: Advocate Ejaz Maqbool for those supporting the Act, Advocate Kanu Agarwal for the Centre, and Advocate Vishnu Shankar Jain for those challenging it.',
      'Justice Dipankar Datta had heard a related plea in 2023.',
    ].join('\n\n');
    const doc = buildDocument([studyText(text, { source: 'worship.txt', kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 20 });
    const judges = doc.items.filter((i) => ['K.V. Viswanathan', 'Sanjay Kumar', 'Dipankar Datta'].includes(i.answer));
    for (const item of judges) for (const o of item.options ?? []) expect(['Ejaz Maqbool', 'Kanu Agarwal', 'Vishnu Shankar Jain']).not.toContain(o);
  });
});

describe('a judge\'s options beside the officials at a swearing-in', () => {
  it('are never a governor or the President, whose office the article writes with its place ("Maharashtra Governor Ramesh Bais")', async () => {
    const { buildDocument, studyText } = await import('../../src/index.js');
    const text = [
      'Chief Justices of Bombay and Madras High Courts sworn in',
      'Justice Ramesh D Dhanuka and Justice Sanjay Vijaykumar Gangapurwala were on Sunday sworn in as the Chief Justice of the Bombay High Court and Madras High Court, respectively.',
      'Maharashtra Governor Ramesh Bais administered the oath of office to Justice Dhanuka at the Raj Bhavan.',
      'The warrant of appointment was issued by India’s President Droupadi Murmu.',
      'The office had been vacant since the elevation of Justice Dipankar Datta to the Supreme Court.',
      'Justice Abhay S Oka and Justice Nitin Jamdar attended the ceremony in Mumbai.',
    ].join('\n\n');
    const doc = buildDocument([studyText(text, { source: 'cj.txt', kind: 'text' })], { types: ['mcq'], seed: 1, maxPerArticle: 20 });
    const judges = doc.items.filter((i) => ['Ramesh D Dhanuka', 'Sanjay Vijaykumar Gangapurwala'].includes(i.answer));
    expect(judges.length).toBeGreaterThan(0);
    for (const item of judges) for (const o of item.options ?? []) expect(['Ramesh Bais', 'Droupadi Murmu']).not.toContain(o);
  });
});

describe('a god asked for', () => {
  it('gets no people for options ("Who is the presiding deity of the temple?")', () => {
    const deity = fact({ id: 'd', pattern: 'role', question: 'Who is the presiding deity of the Ramappa temple?', answer: 'Ramalingeswara Swamy', sentence: 'The presiding deity of the Ramappa temple is Ramalingeswara Swamy.' });
    const minister = fact({ id: 'm', pattern: 'office', question: 'Who was the Union Minister of Culture?', answer: 'G Kishan Reddy', sentence: 'Union Culture Minister G Kishan Reddy welcomed the decision.' });
    const king = fact({ id: 'k', pattern: 'cloze', answer: 'Recharla Rudra', sentence: 'The temple was built during the reign of Recharla Rudra.' });
    const sculptor = fact({ id: 's', pattern: 'cloze', answer: 'Ramappa', sentence: 'The temple is named after its sculptor Ramappa.' });
    expect(rankDistractors(deity, buildDistractorPool([deity, minister, king, sculptor]), () => 0.5, 3)).toEqual([]);
  });
});

describe('options for someone of a known role', () => {
  it('are never names with no role that do not read as people ("Karthigai Deepam", "Modular Bridges")', () => {
    const judge = fact({
      pattern: 'cloze', question: 'A division bench comprising justices _____ and KK Ramakrishnan said the appeal failed.', answer: 'G Jayachandran',
      sentence: 'A division bench comprising justices G Jayachandran and KK Ramakrishnan said the appeal failed.',
      related: ['Karthigai Deepam', 'Agama Sastra', 'GR Swaminathan', 'Ravi Menon'],
      people: { 'G Jayachandran': { role: 'justice' }, 'GR Swaminathan': { role: 'justice' } },
    });
    const options = rankDistractors(judge, buildDistractorPool([judge]), () => 0.5, 3);
    expect(options).toContain('GR Swaminathan');
    expect(options).not.toContain('Karthigai Deepam');
    expect(options).not.toContain('Agama Sastra');
  });
});
