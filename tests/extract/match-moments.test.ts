import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';
import { tellsMatchMoment } from '../../src/extract/match-moments.js';

/** The answers of a short report under its headline. */
const answersOf = (title: string, paragraphs: string[]) => factsOf(paragraphs, { title }).map((f) => f.answer);

describe('a moment of a match, told minute by minute', () => {
  it('is read in the ways reports write it, and not in a "30-minute meeting" or a "last-minute" change', () => {
    expect(tellsMatchMoment('Marc Miralles converted a penalty stroke in the 18th minute to give Spain the lead.')).toBe(true);
    expect(tellsMatchMoment('India rallied with goals from Mandeep Singh (24\') and Vivek Sagar Prasad (34\').')).toBe(true);
    expect(tellsMatchMoment('New Zealand led through Sam Lane’s eighth-minute goal.')).toBe(true);
    expect(tellsMatchMoment('Two Iranian players were booked, and one was shown a red card in stoppage time.')).toBe(true);
    // (A football match's build-up and a shootout's penalties too.)
    expect(tellsMatchMoment('A good early cross from Jay Baz down the right fell to Mahitosh Roy.')).toBe(true);
    expect(tellsMatchMoment('Swung in by Md Fardin Ali Molla, the ball fell to an unmarked Nabi Hussain Khan.')).toBe(true);
    expect(tellsMatchMoment('Bengal’s second penalty was squandered by substitute Sajal Bag.')).toBe(true);
    expect(tellsMatchMoment('In the dying moments of the first half, Mahitosh Roy created an opening for himself.')).toBe(true);
    expect(tellsMatchMoment('The Cabinet also approved a cross-border pipeline from Motihari to Amlekhgunj.')).toBe(false);
    // (A bout's period and a goal past time too; a half-year of the economy is none.)
    expect(tellsMatchMoment('Dhankar came back strongly to take the lead in the second period.')).toBe(true);
    expect(tellsMatchMoment('Roy levelled the score in the added-time of the first half.')).toBe(true);
    expect(tellsMatchMoment('Exports grew 6 per cent in the second half of the fiscal year.')).toBe(false);
    expect(tellsMatchMoment('The two leaders held a 30-minute meeting on the sidelines of the summit.')).toBe(false);
    expect(tellsMatchMoment('The last-minute change in the schedule was announced by the ministry.')).toBe(false);
    // (A field event's attempts too; in the lead, the moment is the result itself.)
    expect(tellsMatchMoment('Weber threatened to come close, with two successive attempts of 87 metres.', 4)).toBe(true);
    expect(tellsMatchMoment('Chopra won the final in his second attempt with a throw of 88.17m.', 0)).toBe(false);
    // (So is how a series opened: "began the contest with 88.44m, followed by a foul attempt".)
    expect(tellsMatchMoment('Neeraj Chopra began the contest with 88.44m, followed by a foul attempt.', 3)).toBe(true);
    expect(tellsMatchMoment('The Supreme Court began the hearing with a question to the Centre.', 3)).toBe(false);
    expect(tellsMatchMoment('The final round of talks between the two sides ended on Friday.', 4)).toBe(false);
    // (Nor the attempt that won: it is the result.)
    expect(tellsMatchMoment('Chopra’s second throw of 89.45m got him the gold medal.', 4)).toBe(false);
    // (A cricket match told ball by ball too, not a budget's "first five years" or a fall in prices.)
    expect(tellsMatchMoment('In a pulsating last-over finish, India needed 12 off six balls against the pacer.', 4)).toBe(true);
    expect(tellsMatchMoment('Rahul and Iyer also fell to the slower ball, both caught at the edge of the circle.', 4)).toBe(true);
    expect(tellsMatchMoment('The bowlers used a lot of slower balls in the first six overs to reap rewards.', 4)).toBe(true);
    expect(tellsMatchMoment('Onion prices fell to Rs 20 a kg in the first five weeks of the season.', 4)).toBe(false);
    // (And its scorecard: an innings' total, a collapse by the over, a bowler's wickets.)
    expect(tellsMatchMoment('Chasing 190, Sri Lanka were bowled out, finishing their innings at 151/9 in 20 overs.', 4)).toBe(true);
    expect(tellsMatchMoment('At 41 for 4 in 6.2 overs, Bangladesh were rescued by a stand between Das and Hossain.', 4)).toBe(true);
    expect(tellsMatchMoment('Pacers Arshdeep Singh and Harshit Rana were the pick of the bowlers for the hosts.', 4)).toBe(true);
    // (And a batter out cheaply.)
    expect(tellsMatchMoment('In response, PBKS faced early setbacks, with captain Shreyas Iyer dismissed for just 1 run by Romario Shepherd.', 4)).toBe(true);
    expect(tellsMatchMoment('Opener Abhishek Sharma was dismissed for a duck in the second over.', 4)).toBe(true);
    expect(tellsMatchMoment('Despite a late collapse, where RCB lost four wickets for just 19 runs, the middle order ensured a challenging target.', 4)).toBe(true);
    expect(tellsMatchMoment('The officer was dismissed from service in 2019 after an inquiry.', 4)).toBe(false);
    expect(tellsMatchMoment('Spinners Kuldeep and Chahal took three wickets each against England at Pune.', 4)).toBe(true);
    expect(tellsMatchMoment('Hardik Pandya hit the winning six as the crowd at Eden Gardens erupted.', 4)).toBe(true);
    // (Not a helpline open 24/7, nor a date written with slashes.)
    expect(tellsMatchMoment('The state set up a helpline that works 24/7 for farmers in Nashik.', 4)).toBe(false);
    expect(tellsMatchMoment('The order dated 12/10 was stayed by the Bench at Madurai.', 4)).toBe(false);
  });

  it('gives no fact of its own, in a hockey or a football report, but for a name the headline gives', () => {
    const answers = answersOf('Harmanpreet Singh stars as India beat Japan to win Asian Champions Trophy', [
      'India beat Japan 3-1 in the final of the Asian Champions Trophy in Chennai on Sunday to win the title for a fifth time.',
      'Japan took the lead through Ken Nagayoshi’s seventh-minute goal, before Jugraj Singh equalised in the 21st minute.',
      'Captain Harmanpreet Singh converted a penalty corner in the 45th minute, and Sukhjeet Singh sealed the win late on.',
    ]);
    expect(answers.filter((a) => /Nagayoshi|Jugraj|Sukhjeet/.test(a))).toEqual([]);
    // (Nor a side the headline names: "Which country took the lead through … seventh-minute goal?".)
    expect(answers).not.toContain('Japan');
    // (The headline's own scorer is still asked.)
    expect(answers).toContain('Harmanpreet Singh');
    const found = answersOf('Iran beat Qatar to reach Asian Cup semi-finals', [
      'Iran beat Qatar 2-0 in Doha on Tuesday to reach the semi-finals of the AFC Asian Cup.',
      'Mehdi Taremi opened the scoring in the 33rd minute, and Sardar Azmoun doubled the lead in injury time.',
      'Four Qatari players were booked in the match played before 40,000 fans at the Al Bayt Stadium.',
    ]);
    expect(found.filter((a) => /Taremi|Azmoun|^Four$/.test(a))).toEqual([]);
    expect(found).toContain('Doha');
  });

  it('gives the winning measure the headline writes ("with a 88.16m throw"), but no other figure of it', () => {
    const answers = answersOf('Arshad Nadeem wins Lausanne Diamond League with a 90.21m throw', [
      'LAUSANNE: Pakistan’s Arshad Nadeem won the Lausanne Diamond League on Thursday, beating a strong field of javelin throwers.',
      'Nadeem achieved his best throw of the night in his second attempt, registering a throw of 90.21m, and his second throw of the night was enough to seal the deal for him.',
      'Julian Weber threatened to come close, with two successive attempts of 87.40m and 86.15m in the later rounds.',
    ]);
    expect(answers).toContain('90.21m');
    expect(answers.filter((a) => /87\.40m|86\.15m/.test(a))).toEqual([]);
  });
});

describe('a spell of a match, a raid or an all-out', () => {
  it('is a moment ("in the first five minutes", "inflicted a second all-out", "a super raid"), not the last minutes of talks', () => {
    expect(tellsMatchMoment('India trailed Iran in the first five minutes of the game.', 3)).toBe(true);
    expect(tellsMatchMoment('The champions inflicted a second all-out on Iran in the 19th minute.', 3)).toBe(true);
    expect(tellsMatchMoment('The captain, with a two-point raid followed by a super raid, helped his side back.', 3)).toBe(true);
    expect(tellsMatchMoment('The minutes of the meeting were released on Friday by the ministry.', 3)).toBe(false);
    // (A raid of its points alone, an ALL OUT in capitals, a Super 10: the same game's moments.)
    expect(tellsMatchMoment("The match began with Delhi taking an early lead, thanks to Neeraj Narwal's two-point raid and a successful tackle.", 3)).toBe(true);
    expect(tellsMatchMoment('Ajinkya Pawar inflicted the first ALL OUT for Delhi, giving them a six-point advantage.', 3)).toBe(true);
    expect(tellsMatchMoment('For Puneri Paltan, Aditya Shinde led the charge with a Super 10 in the second half.', 3)).toBe(true);
    expect(tellsMatchMoment('The party went all out in the campaign to win the seat.', 3)).toBe(false);
    // (A figure touched is no player touched out in kho-kho.)
    expect(tellsMatchMoment('The total Gross GST revenue touched Rs 1,70,276 crore in November 2025, a 0.7% increase.', 3)).toBe(false);
    expect(tellsMatchMoment('Forex reserves touched USD 704.9 billion in the week.', 3)).toBe(false);
  });

  it('asks no side the headline names ("Which country did India trail …?"), nor a "super 10" as a count', () => {
    const title = 'India beat Iran to win the Asian Kabaddi Championship for the eighth time';
    const facts = factsOf([
      'Spearheaded by Pawan Sehrawat, defending champion India overpowered Iran 42-32 to retain the Asian Kabaddi Championship title in Busan on Friday.',
      'Captain Pawan Sehrawat led from the front with a super 10.',
      'India trailed Iran in the first five minutes of the game.',
    ], { title });
    expect(facts.filter((f) => f.sentence.startsWith('India trailed'))).toEqual([]);
    expect(facts.some((f) => f.sentence.startsWith('Captain') && f.answer === '10')).toBe(false);
    // (The lead's result is still asked.)
    expect(facts.some((f) => f.sentence.startsWith('Spearheaded') && f.answer === 'Iran')).toBe(true);
  });
});

describe('a hockey match told quarter by quarter', () => {
  it('is narration, no fact ("penalty corner in the second quarter", "responded with increased pressure")', () => {
    expect(tellsMatchMoment("Spain's captain, Marc Miralles, opened the scoring with a penalty corner in the second quarter, giving Spain a 1-0 lead.")).toBe(true);
    expect(tellsMatchMoment('India responded with increased pressure and multiple penalty corners.')).toBe(true);
    expect(tellsMatchMoment('India won the bronze medal at the Paris Olympics with a 2-1 victory over Spain.')).toBe(false);
  });
});

describe('a kho-kho match told turn by turn', () => {
  it('is a moment ("In Turn 2 …", sky dives, a Dream Run, who touched whom), not a turn of events', () => {
    expect(tellsMatchMoment('In Turn 2, Nepal was not able to match Team India’s levels but did prevent the side from going on a single Dream Run.', 3)).toBe(true);
    expect(tellsMatchMoment('Suyash Gargate then touched Bharat Sahu to give India a great start with 10 points in just 4 minutes.', 3)).toBe(true);
    expect(tellsMatchMoment('Captain Pratik Waikar shone on the mat with multiple sky dives.', 3)).toBe(true);
    expect(tellsMatchMoment('The team took the score to 54-18 entering the final turn of the match.', 3)).toBe(true);
    expect(tellsMatchMoment('The talks took a new turn after the minister touched on the border issue.', 3)).toBe(false);
  });
});

describe('the moment that decided a match', () => {
  it('is its result, asked like any fact ("… with Deepika scoring the only goal of the match in the 31st minute")', () => {
    expect(tellsMatchMoment('Despite a tight first half, India took control in the second half, with Deepika scoring the only goal of the match in the 31st minute.', 1)).toBe(false);
    expect(tellsMatchMoment('Sunil Chhetri struck the winning goal in the 88th minute as India beat Kuwait at Bhubaneswar.', 2)).toBe(false);
    // (Any other goal of the minute-by-minute is still a moment.)
    expect(tellsMatchMoment('Deepika scored a second goal in the 45th minute to extend the lead.', 1)).toBe(true);
    const answers = answersOf('India beat China 1-0, defend Asian Champions Trophy title', [
      'The Indian women’s hockey team beat China 1-0 in the final of the Asian Champions Trophy at Rajgir on Wednesday.',
      'Despite a tight first half, India took control in the second half, with Deepika scoring the only goal of the match in the 31st minute.',
    ]);
    expect(answers).toContain('Deepika');
  });
});

describe('a chance missed and a losing side\'s top score', () => {
  it('are moments of the match ("dropped at cover on 38", "(23) top-scored for SA")', () => {
    expect(tellsMatchMoment('Fellow opener Trisha was dropped at cover on 38 in the 10th over.', 3)).toBe(true);
    expect(tellsMatchMoment('Batting at No.6, Mieke van Voorst (23) top-scored for SA.', 4)).toBe(true);
    expect(tellsMatchMoment('Opener G Kamalini holed out to the deep for eight runs in the fifth over.', 4)).toBe(true);
    expect(tellsMatchMoment('Trisha scored 309 runs and took seven wickets in the tournament.', 4)).toBe(false);
  });
});

describe('a cricket innings and a racket game, as told', () => {
  it('reads a batter\'s stay, a side\'s effort, the toss and a game\'s swings as moments; not a result or a budget\'s gap', () => {
    expect(tellsMatchMoment('Lanning got to a couple of fours, before she was cleaned up by Sciver-Brunt on 13, while Shafali was dismissed LBW by Ismail.')).toBe(true);
    expect(tellsMatchMoment('Marizanne Kapp and Niki Prasad fought hard to eke out a win.')).toBe(true);
    expect(tellsMatchMoment('Amanjot Kaur and Sanskriti Gupta hit a few boundaries to take MI close to 150.')).toBe(true);
    expect(tellsMatchMoment('However, Kapp was dismissed in the 18th over.')).toBe(true);
    expect(tellsMatchMoment('Mumbai Indians were asked to bat first after DC skipper Meg Lanning won the toss and opted to field.')).toBe(true);
    expect(tellsMatchMoment('Yang narrowed the gap to 13-11 and drew level at 16-16, but Shetty regained control with well-placed shots.')).toBe(true);
    expect(tellsMatchMoment('Shetty, seeded fourth, surged ahead with a string of winners to lead 11-6 at the interval.')).toBe(true);
    // (A state's side the headline names is no answer of the toss either.)
    const tossAsked = (title: string, paragraphs: string[]) => factsOf(paragraphs, { title }).filter((f) => f.sentenceIndex === 1).map((f) => f.answer);
    expect(tossAsked('Vidarbha win their third Ranji Trophy title, draw with Kerala', [
      'Vidarbha were crowned Ranji Trophy champions on Sunday after a draw in the final against Kerala in Nagpur.',
      'Kerala won the toss and chose to bowl.',
    ])).toEqual([]);
    expect(tossAsked('Bengal beat Kerala to win the Santosh Trophy', [
      'Bengal won the Santosh Trophy on Saturday, beating Kerala 1-0 in the final in Hyderabad.',
      'Kerala won the toss and elected to kick off towards the north end.',
    ])).toEqual([]);
    expect(tellsMatchMoment('The government narrowed the fiscal deficit to 4.8 per cent of GDP in 2024-25.')).toBe(false);
    expect(tellsMatchMoment('MI clinched their second WPL title after beating the Capitals by eight runs at the Brabourne Stadium.')).toBe(false);
  });
});

describe('who scored, and a placing match off the podium', () => {
  it('reads goal scorers, a hat-trick and a shoot-out\'s scorers as moments, not ranks in brackets', () => {
    expect(tellsMatchMoment('Hugo Labouchere (18th, 30th, 58th minutes) slammed a hat-trick for Belgium.', 3)).toBe(true);
    expect(tellsMatchMoment('Netherlands’ goals were scored by Thies Bakker and Casper van der Veen in the regulation time.', 3)).toBe(true);
    expect(tellsMatchMoment('In the shoot-out, Pablo Roman and Juan Prado found the net for Spain.', 3)).toBe(true);
    // ("… slap stick goal from a pass by Mandeep Singh secured India’s victory", "… and Gurjant’s quick strikes leveled the field".)
    expect(tellsMatchMoment('Akashdeep Singh’s slap stick goal from a pass by Mandeep Singh secured India’s victory.', 5)).toBe(true);
    expect(tellsMatchMoment('Harmanpreet Singh and Gurjant’s quick strikes leveled the field.', 4)).toBe(true);
    // (Not a goal no match has: "the government’s goal of net zero".)
    expect(tellsMatchMoment('The government’s goal of net zero by 2070 was reaffirmed by the minister.', 4)).toBe(false);
    expect(tellsMatchMoment('The WEF index showed India is highly price-competitive (18th) and boasts competitive Air Transport (26th).', 3)).toBe(false);
  });

  it('asks nothing of a placing match ("… beat New Zealand 4-1 to finish seventh")', () => {
    const answers = answersOf('India win bronze at Junior World Cup', ['India beat Argentina 4-2 to clinch the bronze medal in the FIH Men’s Junior World Cup on Wednesday.', 'Last edition’s runners-up France beat New Zealand 4-1 to finish seventh.', 'Earlier in the day, Belgium defeated Netherlands 4-3 in shoot out to finish fifth in the tournament.']);
    expect(answers.filter((a) => /France|New Zealand|Belgium|Netherlands/.test(a))).toEqual([]);
    expect(answers).toContain('Argentina');
  });
});
