import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => ask(factsOf(paragraphs, { date: '2024-06-30' }), 'title-won');

describe('title-won: the winner set off by an apposition a possessive opens, an adverb before the verb', () => {
  it('asks which side "emerged champions of" a trophy, a state\'s side its standing before its name ("hosts Kerala")', () => {
    const facts = factsOf(['In a gripping final, hosts Kerala made a comeback to get the better of West Bengal 5-4 in a penalty shootout to emerge champions of the 75th Santosh Trophy on Monday.'], { date: null });
    expect(ask(facts, 'title-won')).toContainEqual([expect.stringMatching(/won the Santosh Trophy\?$/), 'Kerala']);
  });

  it('asks who won ("Koneru Humpy, India\'s highest-rated female chess player, has successfully clinched …")', () => {
    expect(asked(["Koneru Humpy, India's highest-rated female chess player, has successfully clinched her second World Rapid Championship title on Sunday."]).map(([, a]) => a)).toEqual(['Koneru Humpy']);
    expect(asked(["Lakshya Sen, India's top-ranked shuttler, has finally won the Canada Open Championship in Calgary."]).map(([, a]) => a)).toEqual(['Lakshya Sen']);
  });
});

describe('title-won: never the leader of a side for the side', () => {
  it('asks no one who led or captained the winners, set off by commas', () => {
    expect(asked(['The Indian women, led by Harmanpreet Kaur, lifted their maiden ICC World Cup title.'])).toEqual([]);
    expect(asked(['The hosts, captained by Sunil Chhetri, won the SAFF Championship in Bengaluru.'])).toEqual([]);
    // (The side named is still asked.)
    expect(asked(['Kerala, captained by Jijo Joseph, won the Santosh Trophy in Kolkata.']).map(([, a]) => a)).toEqual(['Kerala']);
  });
});

describe('title-won: who won a cup, trophy or championship', () => {
  it('asks who "became the … champion", the home town after the name no part of the winner', () => {
    const facts = factsOf(['After 24 days of chess in Batumi, Divya Deshmukh of Nagpur became the FIDE Women’s World Cup champion by defeating Koneru Humpy.']);
    expect(ask(facts, 'title-won').map(([q, a]) => [q.replace(/ in \w+ \d{4}\?$/, '?'), a])).toEqual([['Who won the FIDE Women’s World Cup?', 'Divya Deshmukh']]);
  });

  it('asks which country won it, as a sports report writes it', () => {
    expect(asked(['Barbados - India won T20 World Cup in a nail-biting final against South Africa by 7 runs.'])).toEqual([
      ['Which country won the T20 World Cup in June 2024?', 'India'],
      ['Which country was the runner-up of the T20 World Cup in June 2024?', 'South Africa'],
      ['By how many runs was the final of the T20 World Cup in June 2024 won?', '7'],
    ]);
    // A year before the title goes with it; "lifted" wins too.
    expect(asked(['Argentina lifted the 2022 FIFA World Cup after beating France on penalties in Lusail.'])).toEqual([
      ['Which country won the 2022 FIFA World Cup?', 'Argentina'],
      ['Which country was the runner-up of the 2022 FIFA World Cup?', 'France'],
    ]);
    // (Its year after it goes with it too; whom the title was won by beating is the runner-up.)
    expect(asked(['Australia won the ICC Cricket World Cup 2023, beating India by six wickets in Ahmedabad.'])).toEqual([
      ['Which country won the ICC Cricket World Cup 2023?', 'Australia'],
      ['Which country was the runner-up of the ICC Cricket World Cup 2023?', 'India'],
      ['By how many wickets was the final of the ICC Cricket World Cup 2023 won?', 'six'],
    ]);
  });

  it('asks which team, or who, by what won it', () => {
    expect(asked(['Mumbai Indians won the Indian Premier League Trophy for the fifth time on Sunday.']).map(([, a]) => a)).toEqual(['Mumbai Indians']);
    expect(asked(['Carlos Alcaraz won the Wimbledon Championships for the second year in a row.'])).toEqual([['Who won the Wimbledon Championships in June 2024?', 'Carlos Alcaraz']]);
  });

  it('asks nothing where no one wins the title, or a city stands before the verb', () => {
    expect(asked(['The T20 World Cup final will be played at Kensington Oval in Barbados on Saturday.'])).toEqual([]);
    expect(asked(['Fans in Mumbai watched as the hosts won the Ranji Trophy for the 42nd time.'])).toEqual([]);
  });

  it('asks nothing of a title won at another time the sentence gives no date for (the article\'s month would be wrong)', () => {
    expect(asked(['Anand won the World Championship when he was 30, and the Chess Olympiad gold at 41.'])).toEqual([]);
    expect(asked(['Years ago, Saina Nehwal had won the Indonesia Open Championships twice.'])).toEqual([]);
    // (An opening that sets the sentence in another time: a dated article's month would be wrong.)
    expect(asked(['Last year, Carlos Alcaraz won the Wimbledon Championships.'])).toEqual([]);
    expect(asked(['Earlier, Mumbai Indians won the Indian Premier League Trophy by beating Chennai Super Kings in the final.'])).toEqual([]);
    // (With a date of its own, it is asked with that date's year.)
    expect(asked(['Viswanathan Anand won the 2000 FIDE World Championship in Tehran when he was 30.']).map(([, a]) => a)).toEqual(['Viswanathan Anand']);
  });

  it('asks who came second where the sentence says whom the winner beat in the final', () => {
    expect(asked(['Tan Zhongyi claimed the FIDE Women’s Chess Cup title on Sunday by defeating the seasoned Aleksandra Goryachkina in the tie-break at Nicosia.'])).toContainEqual(['Who was the runner-up of the FIDE Women’s Chess Cup in June 2024?', 'Aleksandra Goryachkina']);
    expect(asked(['Australia won the Hockey World Cup in a tense final against Germany in Bhubaneswar on Sunday.'])).toContainEqual(['Which country was the runner-up of the Hockey World Cup in June 2024?', 'Germany']);
    // (Nor a last game of a rapid, blitz or round-robin event, which has no final.)
    expect(asked(['Koneru Humpy won her second World Rapid Chess Championship title, beating Irene Sukandar of Indonesia in New York on Saturday.']).map(([q]) => q).filter((q) => /runner-up/.test(q))).toEqual([]);
    expect(asked(['Magnus Carlsen won the World Blitz Championship title, beating Ian Nepomniachtchi in the last round.']).map(([q]) => q).filter((q) => /runner-up/.test(q))).toEqual([]);
    // (A win over someone that was no final says not who came second.)
    expect(asked(['Mumbai won the Ranji Trophy for the 42nd time after beating Vidarbha by 169 runs.']).map(([q]) => q).filter((q) => /runner-up/.test(q))).toEqual([]);
  });

  it('reads "they secured their maiden … title" as the team before it the headline names, and the margin of the final', () => {
    const facts = factsOf(['Fine knocks by Shafali Verma and Deepti Sharma helped India end their wait, as they secured their maiden ICC Women\'s World Cup title by beating first-time finalists South Africa by 52 runs in Navi Mumbai on Sunday.'], { title: 'India secure first-ever Women\'s World Cup title', date: '2025-11-03' });
    expect(ask(facts, 'title-won')).toEqual([
      ['Which country won the ICC Women\'s World Cup in November 2025?', 'India'],
      ['Which country was the runner-up of the ICC Women\'s World Cup in November 2025?', 'South Africa'],
      ['By how many runs was the final of the ICC Women\'s World Cup in November 2025 won?', '52'],
    ]);
    // (A player too: "she" is the nearest person before it, where the headline names her.)
    const hers = factsOf(['A brilliant final day took Koneru Humpy to the top, and she clinched the FIDE Women\'s World Rapid Championship in New York.'], { title: 'Koneru Humpy is world rapid champion again', date: '2024-12-29' });
    expect(ask(hers, 'title-won').map(([, a]) => a)).toEqual(['Koneru Humpy']);
    // (Not where the headline is another's story: the pronoun may point anywhere.)
    expect(ask(factsOf(['Coach Amol Muzumdar praised India, and said they secured the Asia Cup with grit.'], { title: 'Coach speaks after the final' }), 'title-won')).toEqual([]);
  });

  it('asks nothing of a step towards the title: a berth, a qualifier, a semi-final', () => {
    expect(asked(['Bangladesh secured the World Cup berth with a win over Scotland on Friday.'])).toEqual([]);
    expect(asked(['Nepal won the Asia Cup qualifier in Kirtipur on Tuesday.'])).toEqual([]);
  });

  it('asks which team won a league\'s title, and whom it beat in the final ("claimed their maiden title in the Indian Premier League")', () => {
    const got = asked(['Royal Challengers Bengaluru claimed their maiden title in the Indian Premier League (IPL), ending an 18-year wait with a six-run victory against Punjab Kings in the final at the Narendra Modi Stadium on Tuesday.']);
    expect(got).toContainEqual(['Which team won the Indian Premier League title in June 2024?', 'Royal Challengers Bengaluru']);
    expect(got).toContainEqual(['Which team was the runner-up of the Indian Premier League in June 2024?', 'Punjab Kings']);
    expect(asked(['Mumbai City FC won their second title in the Indian Super League on Saturday.']).map(([, a]) => a)).toEqual(['Mumbai City FC']);
  });

  it('asks nothing of a medal won at the championships: the medal is not the title', () => {
    expect(asked(['Wrestler Antim Panghal on Thursday won her maiden Senior World Championships medal to earn a quota for the Paris Olympics.'])).toEqual([]);
    expect(asked(['Sift Kaur Samra won the ISSF World Cup gold in the 50m rifle three positions event.'])).toEqual([]);
    expect(asked(['The Indian team claimed the Asian Championships bronze on Sunday.'])).toEqual([]);
  });

  it('reads a final won by beating someone in it ("Hosts India dethroned champions South Korea 4-1 in the Asia Cup Hockey final at …")', () => {
    const got = asked(['Hosts India dethroned champions South Korea 4-1 in the Asia Cup Hockey final at Rajgir Sports Complex Stadium in Bihar on Sunday.']);
    expect(got).toContainEqual(['Which country won the Asia Cup Hockey in June 2024?', 'India']);
    expect(got).toContainEqual(['Which country was the runner-up of the Asia Cup Hockey in June 2024?', 'South Korea']);
    expect(got).toContainEqual(['At which venue was the final of the Asia Cup Hockey in June 2024 played?', 'Rajgir Sports Complex Stadium']);
    // (A league match, or a semi-final, is no final of the title.)
    expect(asked(['India beat Japan 3-1 in the Asia Cup Hockey semi-final at Rajgir on Friday.'])).toEqual([]);
    expect(asked(['India beat Japan 3-1 in an Asia Cup Hockey league match on Friday.'])).toEqual([]);
  });
});

describe('title-won: a win told as how the subject did what it did', () => {
  it('asks the sentence\'s subject ("India etched its name in history by clinching the inaugural Kho Kho World Cup")', () => {
    const facts = factsOf(['In a spectacular display of speed, strategy, and skill, India etched its name in sporting history by clinching the inaugural Kho Kho World Cup at the Indira Gandhi Indoor Stadium on Sunday.'], { title: 'India wins historic first-ever Kho Kho World Cup', date: '2025-01-20' });
    expect(ask(facts, 'title-won')).toContainEqual(['Which country won the Kho Kho World Cup in January 2025?', 'India']);
    // (Two names that could be the subject: the key cannot guess.)
    const two = factsOf(['After a long season, India and Nepal made history by winning the Kho Kho World Cup titles in Delhi.'], { date: '2025-01-20' });
    expect(ask(two, 'title-won').filter(([, a]) => a === 'Nepal')).toEqual([]);
  });
});

describe('title-won: a tour event by its own name ("… Open", "… Masters")', () => {
  it('asks who won it, a player his country owns, and whom he beat in the final', () => {
    const facts = factsOf(["India's Lakshya Sen secured his maiden Super 500 title by winning the Yonex-Sunrise India Open with a stunning straight-game victory over reigning world champion Loh Kean Yew of Singapore in the men's singles final on Sunday."], { date: '2022-01-17' });
    expect(ask(facts, 'title-won')).toContainEqual(['Who won the Yonex-Sunrise India Open in January 2022?', 'Lakshya Sen']);
    expect(ask(facts, 'title-won')).toContainEqual(['Who was the runner-up of the Yonex-Sunrise India Open in January 2022?', 'Loh Kean Yew']);
    const masters = factsOf(['Grandmaster Arjun Erigaisi won the Qatar Masters on Monday, beating Kazakhstan\'s Bibisara Assaubayeva in the final round.'], { date: '2023-10-20' });
    expect(ask(masters, 'title-won')).toContainEqual(['Who won the Qatar Masters in October 2023?', 'Arjun Erigaisi']);
    // (A pair who won together: both, never the second alone.)
    const pair = ask(factsOf(["History was scripted on Saturday after India's Rohan Bopanna and Matthew Ebden won the Australian Open 2024 title."], { date: '2024-01-28' }), 'title-won');
    expect(pair).toContainEqual(['Which two players won the Australian Open 2024?', 'Rohan Bopanna and Matthew Ebden']);
    expect(pair.map(([, a]) => a)).not.toContain('Matthew Ebden');
    // (An open call, an open letter, an Open University: no title won.)
    expect(ask(factsOf(['The university won the Open Days award for its outreach in Pune on Monday.'], { date: '2023-10-20' }), 'title-won')).toEqual([]);
  });
});

describe('title-won: a side crowned, a wait for a league title ended', () => {
  it('asks who won ("were crowned as the … Trophy champions", "ended their wait for a … League title as they defeated …")', () => {
    const facts = factsOf([
      'Saurashtra were crowned as the Vijay Hazare Trophy champions on Sunday after a five-wicket win in the final.',
      'Bengaluru Bulls ended their wait for a Pro Kabaddi League title as they defeated Puneri Paltan in the final of the sixth season on Saturday.',
      'Vidarbha were crowned as the Ranji Trophy champions as they drew the final against Kerala.',
    ]);
    const asked = ask(facts, 'title-won');
    expect(asked).toContainEqual([expect.stringMatching(/^Which team won the Vijay Hazare Trophy/), 'Saurashtra']);
    expect(asked).toContainEqual([expect.stringMatching(/^Which team won the Pro Kabaddi League title/), 'Bengaluru Bulls']);
    expect(asked).toContainEqual([expect.stringMatching(/^Which team was the runner-up of the Pro Kabaddi League/), 'Puneri Paltan']);
    expect(asked).toContainEqual([expect.stringMatching(/^Which team won the Ranji Trophy/), 'Vidarbha']);
  });
});

describe('title-won: a discipline\'s title at an event', () => {
  it('asks who won it, a "he" or "she" opening the sentence read as the player before', () => {
    const facts = factsOf([
      'Annu Rani, India’s national record holder, added another medal to her tally on Sunday.',
      "She clinched the women's javelin throw title at the 12th Kusocinski Memorial in Poland with a throw of 62.3m.",
      "Gulveer Singh won the men's 5000m title at the Asian Athletics Championships in Gumi.",
    ], { title: 'Annu Rani wins javelin gold in Poland' });
    const asked = ask(facts, 'title-won');
    expect(asked).toContainEqual([expect.stringMatching(/^Who won the women's javelin throw title at the 12th Kusocinski Memorial/), 'Annu Rani']);
    expect(asked).toContainEqual([expect.stringMatching(/^Who won the men's 5000m title at the Asian Athletics Championships/), 'Gulveer Singh']);
  });

  it('asks who won it by beating someone "to clinch" it, the edition\'s year with the event ("… to clinch the men\'s singles title at the Canada Open 2023")', () => {
    const facts = factsOf([
      "Indian Badminton player Lakshya Sen defeated China's Li Shi Feng in straight sets 21-18 and 22-20 to clinch the men's singles title at the Canada Open 2023 early Monday.",
      "Meera Rao beat top seed Anna Kim 6-3, 6-4 to win the women's singles title at the Mumbai Open on Sunday.",
    ], { date: '2023-07-10' });
    const asked = ask(facts, 'title-won');
    expect(asked).toContainEqual(["Who won the men's singles title at the Canada Open 2023?", 'Lakshya Sen']);
    expect(asked).toContainEqual(["Who won the women's singles title at the Mumbai Open in July 2023?", 'Meera Rao']);
    // (Never the one beaten.)
    expect(asked.map(([, a]) => a)).not.toContain('Li Shi Feng');
  });
});

describe('title-won: a wait for a title\'s glory ended', () => {
  it('asks who won, whom they beat and by what, the year the final\'s ("India ended their 12-year wait for Champions Trophy glory …")', () => {
    const got = ask(factsOf(['India ended their 12-year wait for Champions Trophy glory with a composed run chase, defeating New Zealand by four wickets in the 2025 final at the Dubai International Cricket Stadium.'], { date: '2025-03-10' }), 'title-won');
    expect(got).toContainEqual(['Which country won the 2025 Champions Trophy?', 'India']);
    expect(got).toContainEqual(['Which country was the runner-up of the 2025 Champions Trophy?', 'New Zealand']);
    expect(got).toContainEqual(['By how many wickets was the final of the 2025 Champions Trophy won?', 'four']);
    const hockey = ask(factsOf(['Pakistan ended their long wait for Asia Cup title, beating Japan 3-2 in the final in Dhaka on Sunday.'], { date: '2024-09-02' }), 'title-won');
    expect(hockey).toContainEqual([expect.stringMatching(/^Which country won the Asia Cup/), 'Pakistan']);
    // (A wait not yet ended wins nothing.)
    expect(ask(factsOf(['India extended their wait for Champions Trophy glory after losing to Pakistan in the final.'], { date: '2017-06-19' }), 'title-won')).toEqual([]);
  });
});

describe('title-won: a league\'s title with its short form between', () => {
  it('asks who won and whom they beat ("RCB secured their first-ever Indian Premier League (IPL) title, defeating Punjab Kings (PBKS) in a thrilling final")', () => {
    const got = ask(factsOf(['In a historic night at the Narendra Modi Stadium in Ahmedabad, Royal Challengers Bengaluru (RCB) secured their first-ever Indian Premier League (IPL) title, defeating Punjab Kings (PBKS) in a thrilling final.'], { date: '2025-06-04' }), 'title-won');
    expect(got).toContainEqual(['Which team won the Indian Premier League title in June 2025?', 'Royal Challengers Bengaluru']);
    expect(got).toContainEqual(['Which team was the runner-up of the Indian Premier League in June 2025?', 'Punjab Kings']);
  });
});

describe('title-won: the champions a league crowned', () => {
  it('asks which team won it, with its season ("Dabang Delhi K.C. were crowned the champions of the Pro Kabaddi League (PKL) season 12")', () => {
    const qs = ask(factsOf(['Dabang Delhi K.C. were crowned the champions of the Pro Kabaddi League (PKL) season 12 after a dominating victory over Puneri Paltan in the summit clash on Friday.']), 'title-won');
    expect(qs.map(([q, a]) => [q.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'), a])).toContainEqual(['Which team won the Pro Kabaddi League season 12?', 'Dabang Delhi K.C.']);
    // (A player the analyser reads as a person is no team: "crowned champion of the Diamond League" asks no team.)
    expect(ask(factsOf(['Neeraj Chopra was crowned champion of the Diamond League in Zurich on Thursday.']), 'title-won').filter(([q]) => /^Which team/.test(q))).toEqual([]);
  });
});

describe('title-won: the title a win earned, "claiming the title for the Nth time"', () => {
  it('asks which side won it, and the count ("…, claiming the title for an unprecedented 33rd time")', () => {
    expect(asked(['Heavyweights West Bengal extended their supremacy in the National Football Championship for Santosh Trophy with a 1-0 win over Kerala in the summit showdown on Tuesday, claiming the title for an unprecedented 33rd time.'])).toContainEqual([
      'Which team won the Santosh Trophy for the 33rd time?', 'West Bengal',
    ]);
    expect(asked(['Karnataka beat Vidarbha by 36 runs in the summit clash of the Vijay Hazare Trophy on Saturday, lifting the title for a record fifth time.']).map(([, a]) => a)).toContain('Karnataka');
  });
});

describe('title-won: a league\'s title of a year, won by a victory over the runner-up', () => {
  it('asks who won the year\'s title, and whom the victory was over in the final', () => {
    const asked = ask(factsOf(['In a display of skill and resilience, the Shrachi Rarh Bengal Tigers Men’s Hockey Team claimed the 2025 Hockey India League (HIL) title with a 4-3 victory over Hyderabad Toofans in the final at Birsa Munda Hockey Stadium, Rourkela.']), 'title-won');
    expect(asked).toContainEqual(['Which team won the 2025 Hockey India League title?', 'Shrachi Rarh Bengal Tigers Men’s Hockey Team']);
    expect(asked).toContainEqual(['Which team was the runner-up of the 2025 Hockey India League?', 'Hyderabad Toofans']);
    const kabaddi = ask(factsOf(['Patna Pirates won the 2024 Pro Kabaddi League (PKL) title with a 28-25 win over Haryana Steelers in the final at Hyderabad.']), 'title-won');
    expect(kabaddi.map(([q]) => q)).toContain('Which team won the 2024 Pro Kabaddi League title?');
  });
});

describe('title-won: a country\'s side by its country', () => {
  it('asks the country whose team won ("India women’s hockey team won …"), and whom it outplayed in the final', () => {
    expect(asked(['India women’s hockey team won their third Asian Champions Trophy title by outplaying China with a deficit of one goal in the final played in Rajgir, Bihar.'])).toEqual([
      ['Which country won the Asian Champions Trophy in June 2024?', 'India'],
      ['Which country was the runner-up of the Asian Champions Trophy in June 2024?', 'China'],
    ]);
    expect(asked(['The Australia national cricket team won the ICC World Test Championship on Sunday, beating India in the final at The Oval.']).map(([, a]) => a)).toContain('Australia');
  });
});

describe('title-won: a win told as the deed that got the title ("… beat Pakistan … to win their second Asia Cup title")', () => {
  it('asks the subject that won, past an opening phrase and a word of its form', () => {
    expect(asked(['India beat Pakistan by five wickets in the final to win their second Asia Cup title in Dubai on Sunday.']).map(([, a]) => a)).toContain('India');
    expect(asked(['Riding on Tilak Varma’s incredible half-century, fancied India beat Pakistan by five wickets in the summit showdown to win their second Asia Cup title in Dubai on Sunday.'])).toContainEqual(['Which country won the Asia Cup in June 2024?', 'India']);
    // (Not a title the deed only aims at: "… to win a berth" is no title.)
    expect(asked(['India beat Oman by six wickets to win a berth in the Asia Cup final on Sunday.'])).toEqual([]);
  });

  it('asks the subject that won "by defeating" the side a final names, the edition\'s year the name\'s ("in the ICC Women’s World Cup 2025 final")', () => {
    const qs = asked(['India secured a historic moment in world cricket by defeating South Africa by 52 runs in the ICC Women’s World Cup 2025 final at the DY Patil Stadium in Navi Mumbai.']);
    expect(qs).toContainEqual(['Which country won the ICC Women’s World Cup 2025?', 'India']);
    expect(qs).toContainEqual(['Which country was the runner-up of the ICC Women’s World Cup 2025?', 'South Africa']);
    expect(qs).toContainEqual(['At which venue was the final of the ICC Women’s World Cup 2025 played?', 'DY Patil Stadium']);
  });

  it('asks a side after "as a …" that won with a word of praise before the count ("as a resolute India held their nerve to win an unprecedented third Champions Trophy title")', () => {
    expect(asked(['Skipper Rohit Sharma led from the front with a half-century as a resolute India held their nerve to win an unprecedented third Champions Trophy title with a four-wicket victory over New Zealand in the final on Sunday in Dubai.'])).toContainEqual(['Which country won the Champions Trophy in June 2024?', 'India']);
    expect(asked(['A rampant Australia crushed England in the final to win a record sixth Ashes Cup title on Sunday.']).map(([, a]) => a)).toContain('Australia');
  });
});

describe('title-won: a side that emerged victorious in a final', () => {
  it('asks the winner, a national side by its country ("Rohit Sharma’s Team India emerged victorious in the T20 World Cup 2024 final")', () => {
    const got = asked(['Rohit Sharma’s Team India emerged victorious in the T20 World Cup 2024 final, defeating South Africa by 7 runs at Kensington Oval, Barbados.']);
    expect(got).toContainEqual(['Which country won the T20 World Cup 2024?', 'India']);
    expect(got).toContainEqual(['Which country was the runner-up of the T20 World Cup 2024?', 'South Africa']);
    // (Not a semi-final: "emerged victorious in the Asia Cup semi-final" won no title.)
    expect(asked(['Bangladesh emerged victorious in the Asia Cup semi-final, defeating Sri Lanka by 5 wickets.'])).toEqual([]);
  });
});
