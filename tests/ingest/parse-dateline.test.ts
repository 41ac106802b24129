import { describe, expect, it } from 'vitest';
import { parseDatelineLine, stripLeadingDateline } from '../../src/ingest/parse-dateline.js';
import { ingest } from '../../src/ingest/index.js';

describe('parseDatelineLine', () => {
  it.each([
    ['November 02, 2013 04:44 pm | Updated 10:56 pm IST - MOSCOW', '2013-11-02', 'Moscow'],
    ['Friday, August 21, 2015', '2015-08-21', null],
    ['Updated: Nov 2, 2013 16:44 IST', '2013-11-02', null],
    ['2 November 2013', '2013-11-02', null],
    ['2013-11-02', '2013-11-02', null],
    ['NEW DELHI, November 2, 2013', '2013-11-02', 'New Delhi'],
    ['Published - November 02, 2013 04:44 pm IST', '2013-11-02', null],
    ['By Staff Reporter | PARIS | 14 July 2021', '2021-07-14', 'Paris'],
    ['RIO DE JANEIRO — March 3, 2016, 10.15 a.m.', '2016-03-03', 'Rio de Janeiro'],
    ['Staff Reporter Tuesday, September 22, 2015', '2015-09-22', null],
  ])('%s', (line, date, place) => {
    expect(parseDatelineLine(line)).toEqual({ date, place });
  });

  it('treats an update stamp without a date as a dateline', () => {
    expect(parseDatelineLine('Updated - 10:56 pm IST')).toEqual({ date: null, place: null });
  });

  it('does not take a sentence that mentions a date for a dateline', () => {
    expect(parseDatelineLine('On November 2, 2013, the two navies held their first joint exercise.')).toBeNull();
    expect(parseDatelineLine('The treaty was signed on 2 November 2013 in Tokyo by both ministers')).toBeNull();
    expect(parseDatelineLine('Russia and Japan upgrade defence ties')).toBeNull();
  });
});

describe('stripLeadingDateline, with no dateline', () => {
  it('takes no glued label or unknown word for a town ("Note:The …", "Update:Officials …")', () => {
    expect(stripLeadingDateline('Note:The figures are provisional and may change.', 2013)).toBeNull();
    expect(stripLeadingDateline('Background:The scheme was launched in 2015 by the Centre.', 2013)).toBeNull();
  });
});

describe('stripLeadingDateline', () => {
  it.each([
    ['MOSCOW: Russia and Japan agreed to hold talks.', 'Moscow', null, 'Russia and Japan agreed to hold talks.'],
    ['NEW DELHI, Nov 2 (Reuters) - India said on Saturday it would act.', 'New Delhi', '2013-11-02', 'India said on Saturday it would act.'],
    ['WASHINGTON (AP) — The Senate passed the bill late on Friday.', 'Washington', null, 'The Senate passed the bill late on Friday.'],
    ['LONDON — “We are ready,” the minister told reporters on Monday.', 'London', null, '“We are ready,” the minister told reporters on Monday.'],
    ['Sriharikota: India on Thursday launched an imaging satellite.', 'Sriharikota', null, 'India on Thursday launched an imaging satellite.'],
    ['New Delhi (PTI): The Cabinet approved the scheme on Friday.', 'New Delhi', null, 'The Cabinet approved the scheme on Friday.'],
    ['Guwahati : The Governor thanked the rescue teams on Sunday.', 'Guwahati', null, 'The Governor thanked the rescue teams on Sunday.'],
    ['New Delhi, March 10 (IANS): India and France signed 14 agreements.', 'New Delhi', '2013-03-10', 'India and France signed 14 agreements.'],
    ['New Delhi, Jul 27 (PTI) Lok Sabha Thursday passed the Bill.', 'New Delhi', '2013-07-27', 'Lok Sabha Thursday passed the Bill.'],
    ['NEW DELHI, Aug 2 (IANS) The Lok Sabha on Thursday passed an amendment bill.', 'New Delhi', '2013-08-02', 'The Lok Sabha on Thursday passed an amendment bill.'],
    ['Mumbai, 5 March (ANI) "We are ready," the Chief Minister said.', 'Mumbai', '2013-03-05', '"We are ready," the Chief Minister said.'],
    ['Evansville, Indiana, United States - This past week marked the opening of an exhibit.', 'Evansville', null, 'This past week marked the opening of an exhibit.'],
    ['Hangzhou, 5th October 2023 - India is basking in the glory of an outstanding performance.', 'Hangzhou', '2023-10-05', 'India is basking in the glory of an outstanding performance.'],
    ['Chennai, 21st March, 2024 – The Governor opened the bridge on Thursday.', 'Chennai', '2024-03-21', 'The Governor opened the bridge on Thursday.'],
    ["NEW DELHI/GUWAHATI: 'Moidams' have been inscribed on the UNESCO World Heritage list.", 'New Delhi', null, "'Moidams' have been inscribed on the UNESCO World Heritage list."],
    // A known city and a comma before a sentence's own first word; a day in figures between colons.
    ['New Delhi, Seeking to strengthen bilateral ties, India and the Maldives on Monday inked an agreement.', 'New Delhi', null, 'Seeking to strengthen bilateral ties, India and the Maldives on Monday inked an agreement.'],
    ['Chennai, The Governor opened the bridge on Thursday.', 'Chennai', null, 'The Governor opened the bridge on Thursday.'],
    ['Newdelhi:16/5/23:Safety and security of the users is an integral part of the vision.', 'Newdelhi', '2023-05-16', 'Safety and security of the users is an integral part of the vision.'],
    // A day with no mark after it before the story's first word; a country in round brackets.
    ['New Delhi, July 14 The Centre on Monday cleared the appointments of five Chief Justices.', 'New Delhi', '2013-07-14', 'The Centre on Monday cleared the appointments of five Chief Justices.'],
    ['Luanda (Angola), Nov 9: India and Angola on Sunday exchanged several MoUs.', 'Luanda', '2013-11-09', 'India and Angola on Sunday exchanged several MoUs.'],
    ['Kolkata, Dec 4 As the festival drew to a close, the city on Sunday hosted a grand procession.', 'Kolkata', '2013-12-04', 'As the festival drew to a close, the city on Sunday hosted a grand procession.'],
    ['Shimla, Mar 3 Amid heavy snowfall, the state on Friday shut 200 roads.', 'Shimla', '2013-03-03', 'Amid heavy snowfall, the state on Friday shut 200 roads.'],
    // (Or a participle opening the story.)
    ['New Delhi, Feb 20 Setting aside the election of the BJP candidate, the Supreme Court on Tuesday declared the result.', 'New Delhi', '2013-02-20', 'Setting aside the election of the BJP candidate, the Supreme Court on Tuesday declared the result.'],
    ['Patna, Jun 8 Taking note of the delay, the High Court on Friday sought a report.', 'Patna', '2013-06-08', 'Taking note of the delay, the High Court on Friday sought a report.'],
    // A known town glued to its text by the colon.
    ['Shillong:The National People’s Party retained power in the state on Sunday.', 'Shillong', null, 'The National People’s Party retained power in the state on Sunday.'],
    // (Or before a story that opens in lower case.)
    ['Sydney: fast and fluent Lakshya Sen ended a difficult stretch by clinching his first title of the season.', 'Sydney', null, 'fast and fluent Lakshya Sen ended a difficult stretch by clinching his first title of the season.'],
  ])('%s', (paragraph, place, date, text) => {
    expect(stripLeadingDateline(paragraph, 2013)).toEqual({ place, date, text });
  });

  it('reads the state PTI brackets after the town ("Bhopal (Madhya Pradesh): …"), an agency staying none', () => {
    expect(stripLeadingDateline('Bhopal (Madhya Pradesh): By merging two sanctuaries, a new tiger reserve has been formed.')).toEqual({ place: 'Bhopal', date: null, state: 'Madhya Pradesh', text: 'By merging two sanctuaries, a new tiger reserve has been formed.' });
    expect(stripLeadingDateline('New Delhi, March 10 (IANS): The Centre on Monday cleared the plan.', 2013)).toEqual({ place: 'New Delhi', date: '2013-03-10', text: 'The Centre on Monday cleared the plan.' });
  });

  it('leaves ordinary first sentences alone', () => {
    expect(stripLeadingDateline('NASA tweeted support of the student on Monday.')).toBeNull();
    expect(stripLeadingDateline('Russia and Japan have moved to upgrade ties.')).toBeNull();
    expect(stripLeadingDateline('NATO, the military alliance, said it would respond.')).toBeNull();
    expect(stripLeadingDateline('Note: The figures are provisional and may change.')).toBeNull();
    expect(stripLeadingDateline('Verdict: guilty on all counts, the jury said on Friday.')).toBeNull();
    expect(stripLeadingDateline('Also Read: Cabinet approves PAN 2.0 project worth crores.')).toBeNull();
    expect(stripLeadingDateline('Delhi, Mumbai (Maharashtra) and Chennai reported more cases.')).toBeNull();
    expect(stripLeadingDateline('Paris, London (UK) Berlin were all named.')).toBeNull();
    expect(stripLeadingDateline('Mumbai, Pune and Delhi recorded the highest temperatures on Monday.')).toBeNull();
    expect(stripLeadingDateline('Mumbai, March 29 was the hottest day of the year so far.')).toBeNull();
    expect(stripLeadingDateline('Kohima, Nagaland’s capital, hosted the festival this week.')).toBeNull();
    expect(stripLeadingDateline('Two-plus-two talks - the first of their kind - began today.')).toBeNull();
  });
});

describe('a foreign place with its country in brackets', () => {
  it('is a dateline: "Tokyo [Japan], August 30 (ANI): …"', () => {
    expect(stripLeadingDateline('Tokyo [Japan], August 30 (ANI): India and Japan on Friday expanded their partnership.', 2025)).toEqual({
      place: 'Tokyo', date: '2025-08-30', text: 'India and Japan on Friday expanded their partnership.',
    });
    expect(stripLeadingDateline('WASHINGTON [US], March 3 (ANI): The White House said on Monday that talks would go on.', 2025)?.place).toBe('Washington');
    // (The day may follow the bracket without a comma: "New Delhi [India] August 5 (ANI): …".)
    expect(stripLeadingDateline('Chennai [India] August 5 (ANI): Counting for the polls has begun.', 2017)).toEqual({ place: 'Chennai', date: '2017-08-05', text: 'Counting for the polls has begun.' });
  });
});

describe('two places in mixed case before the colon', () => {
  it('is a dateline ("Ahmedabad/New Delhi: Cyclone Biparjoy …")', () => {
    const d = stripLeadingDateline('Ahmedabad/New Delhi: Cyclone Biparjoy started making landfall near Jakhau Port in Gujarat on Thursday evening.');
    expect(d?.place).toBe('Ahmedabad');
    expect(d?.text).toMatch(/^Cyclone Biparjoy started/);
  });

  it('and so are three or more ("New Delhi/Amaravati/Chennai: …", "MUMBAI/PUNE/NASHIK, …")', () => {
    const d = stripLeadingDateline('New Delhi/Amaravati/Chennai: Cyclone Michaung is looming over the Bay of Bengal off the coast of Andhra Pradesh.');
    expect(d?.place).toBe('New Delhi');
    expect(d?.text).toMatch(/^Cyclone Michaung is looming/);
    expect(stripLeadingDateline('MUMBAI/PUNE/NASHIK, Nov 23: The BJP-led alliance swept the state on Saturday.')?.text).toMatch(/^The BJP-led alliance/);
  });
});

describe('a state in round brackets, then the country', () => {
  it('is a dateline ("Thiruvananthapuram (Kerala) [India], May 3 (ANI): …")', () => {
    const d = stripLeadingDateline('Thiruvananthapuram (Kerala) [India], May 3 (ANI): In a historic victory, the LDF retained power in Kerala.');
    expect(d?.place).toBe('Thiruvananthapuram');
    expect(d?.text).toMatch(/^In a historic victory/);
  });
});

describe('a town and its country before the colon', () => {
  it('is a dateline: "Hanoi, Vietnam: …", and a place with a day written "Oct.09" too', () => {
    expect(stripLeadingDateline('Nairobi, Kenya: India today signed an agreement with Kenya on trade.')).toEqual({ place: 'Nairobi', date: null, text: 'India today signed an agreement with Kenya on trade.' });
    expect(stripLeadingDateline('New Delhi, Oct.09 (HS): India has slipped 10 places in the index.', 2019)).toMatchObject({ place: 'New Delhi', text: 'India has slipped 10 places in the index.' });
    // (Not a name that is no country: "Meanwhile, Modi: …".)
    expect(stripLeadingDateline('Sources, Officials: the talks went on all day.')).toBeNull();
  });
});

describe('a town and a bar', () => {
  it('is a dateline ("Bengaluru | ISRO on Tuesday said …")', () => {
    expect(stripLeadingDateline('Chennai | The Indian Space Research Organisation on Tuesday said the rover had found sulphur.')).toEqual({ place: 'Chennai', date: null, text: 'The Indian Space Research Organisation on Tuesday said the rover had found sulphur.' });
  });
});

describe('a town and its dash glued on', () => {
  it('is a dateline ("Kolkata- Cyclone Amphan has made landfall …"), a hyphenated name no dateline', () => {
    expect(stripLeadingDateline('Kolkata- Cyclone Amphan has made violent landfall in eastern India and Bangladesh.')).toEqual({ place: 'Kolkata', date: null, text: 'Cyclone Amphan has made violent landfall in eastern India and Bangladesh.' });
    expect(stripLeadingDateline('Mumbai- Reliance Industries reported a record profit for the quarter on Friday.')?.place).toBe('Mumbai');
    expect(stripLeadingDateline('Coca- Cola announced a new plant in Telangana on Monday.')).toBeNull();
  });
});

describe('a known town and its day, no mark after', () => {
  it('is a dateline ("Mumbai, April 29 Maharashtra Cabinet, chaired by …"), an unknown word before a day none', () => {
    expect(stripLeadingDateline('Mumbai, April 29 Maharashtra Cabinet, chaired by the chief minister on Tuesday, took 12 key decisions.', 2025)).toEqual({ place: 'Mumbai', date: '2025-04-29', text: 'Maharashtra Cabinet, chaired by the chief minister on Tuesday, took 12 key decisions.' });
    expect(stripLeadingDateline('Patna, Sept 3 The Bihar cabinet approved 3,303 new posts on Tuesday.', 2025)?.place).toBe('Patna');
    expect(stripLeadingDateline('However, April 29 Maharashtra Day falls on a Tuesday this year.', 2025)).toBeNull();
  });
});

describe('a town with its country in brackets, a day and an agency', () => {
  it('is a dateline ("Ostrava (Czech Republic), June 24 (IANS) …", "Rio de Janeiro [Brazil], July 7 (ANI): …")', () => {
    expect(stripLeadingDateline('Ostrava (Czech Republic), June 24 (IANS) Two-time Olympic medallist Neeraj Chopra won the title.', 2025)).toEqual({ place: 'Ostrava', date: '2025-06-24', text: 'Two-time Olympic medallist Neeraj Chopra won the title.' });
    expect(stripLeadingDateline('Rio de Janeiro [Brazil], July 7 (ANI): Prime Minister Narendra Modi on Monday announced the plan.', 2025)).toEqual({ place: 'Rio de Janeiro', date: '2025-07-07', text: 'Prime Minister Narendra Modi on Monday announced the plan.' });
    // (A sentence that opens on a town and a bracket is no dateline.)
    expect(stripLeadingDateline('Ostrava (Czech Republic) hosted the meet on June 24 for the first time.', 2025)).toBeNull();
  });
});

describe('a news desk\'s path to the story', () => {
  it('is a dateline ("TIL Desk/National/Sriharikota(AP)/ India …"), its last step the place', () => {
    expect(stripLeadingDateline('TIL Desk/National/Sriharikota(AP)/ India successfully launched the weather satellite on Saturday.')).toEqual({ place: 'Sriharikota', date: null, text: 'India successfully launched the weather satellite on Saturday.' });
    expect(stripLeadingDateline('News Desk/Business/New Delhi/ The Reserve Bank kept the repo rate unchanged on Friday.')?.place).toBe('New Delhi');
    expect(stripLeadingDateline('The Desk/Chair plan was approved by the board on Monday.')).toBeNull();
  });
});

describe('an outlet\'s desk before a colon', () => {
  it('is no part of the story ("TNI Bureau: Mukhi, …"), and names no place', () => {
    expect(stripLeadingDateline('TNI Bureau: Mukhi, the first cheetah born in the wild on Indian soil, has created history again.')).toEqual({ place: null, date: null, text: 'Mukhi, the first cheetah born in the wild on Indian soil, has created history again.' });
    expect(stripLeadingDateline('Express News Service: The Kerala High Court on Monday stayed the order.')?.text).toBe('The Kerala High Court on Monday stayed the order.');
  });
});

describe('a place in capitals with its colon glued to the text', () => {
  it('is a dateline ("NEW DELHI :India has improved …")', () => {
    expect(stripLeadingDateline('NEW DELHI :India has improved its ranking among the most innovative nations in the world.')).toEqual({ place: 'New Delhi', date: null, text: 'India has improved its ranking among the most innovative nations in the world.' });
  });
});


describe('a dateline on a line of its own', () => {
  it('is read as the story\'s place, the story starting with the paragraph after it', () => {
    const a = ingest('Gen Dwivedi takes over as Army chief\n\nNEW DELHI, June 30:\n\nGen Upendra Dwivedi on Sunday took over as the 30th Chief of the Army Staff.\n\nHe succeeds Gen Manoj Pande.', { source: 'a.txt', kind: 'text', fileName: 'a.txt' });
    expect(a.place).toBe('New Delhi');
    expect(a.paragraphs[0]).toMatch(/^Gen Upendra Dwivedi on Sunday/);
  });

  it('leaves a first line that is no dateline as the story\'s own', () => {
    const a = ingest('Notes from the session\n\nThe agenda:\n\nThe council met in Pune on Monday to review the budget.', { source: 'b.txt', kind: 'text', fileName: 'b.txt' });
    expect(a.place).toBeNull();
  });
});

describe('a dateline after a standfirst', () => {
  it('is read as the story\'s place, the standfirst kept', () => {
    const a = ingest("India wins Asian Kabaddi Championship\n\nIndia won their eighth title, making them the most successful team in the competition.\n\nBUSAN: The Indian men's kabaddi team beat Iran 42-32 in the final on Friday.", { source: 'k.txt', kind: 'text', fileName: 'k.txt' });
    expect(a.place).toBe('Busan');
    expect(a.paragraphs[1]).toMatch(/^The Indian men's kabaddi team/);
    // (A long first paragraph is the story itself: what follows is no dateline of it.)
    const b = ingest(`Council meets\n\n${'The council met in Pune on Monday to review the budget and the plans of the city for the next year. '.repeat(3)}\n\nNote: figures are provisional.`, { source: 'b.txt', kind: 'text', fileName: 'b.txt' });
    expect(b.place).toBeNull();
  });
});

describe('an agency after the day, set off by a comma and a colon', () => {
  it('is read as a dateline ("Kishtwar, Aug 19, KNT: The death toll …")', () => {
    const a = ingest('Death toll rises\n\nKishtwar, Aug 19, KNT: The death toll in the cloudburst has climbed to 64 on Tuesday morning.', { source: 'c.txt', kind: 'text', fileName: 'c.txt' });
    expect(a.place).toBe('Kishtwar');
    expect(a.paragraphs[0]).toMatch(/^The death toll/);
  });
});

describe('stripLeadingDateline, a day alone', () => {
  it('strips "March 22nd:" before the story, its date kept', () => {
    const got = stripLeadingDateline('March 22nd: The Indian Space Research Organisation (ISRO) achieved a significant milestone today.', 2024);
    expect(got?.text).toBe('The Indian Space Research Organisation (ISRO) achieved a significant milestone today.');
    expect(got?.date).toBe('2024-03-22');
    // (Or after a place and a dash: "Chitradurga, Karnataka - March 22nd: The …".)
    expect(stripLeadingDateline('Chitradurga, Karnataka - March 22nd: The Indian Space Research Organisation achieved a milestone today.', 2024)?.text).toBe('The Indian Space Research Organisation achieved a milestone today.');
    // (An article of no known year has the day stripped all the same, undated.)
    expect(stripLeadingDateline('Chitradurga, Karnataka - March 22nd: The Indian Space Research Organisation achieved a milestone today.')?.text).toBe('The Indian Space Research Organisation achieved a milestone today.');
    // (A sentence that opens on a day and says more is no dateline.)
    expect(stripLeadingDateline('March 22 was the day ISRO landed the Pushpak vehicle.', 2024)).toBeNull();
  });
});
