import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('an everyday word before its number', () => {
  it('is a label, no blank ("4th Test, _____ 5, Brief Scores" → Day)', () => {
    const facts = factsOf(['4th Test, Day 5, Brief Scores: India 622 for 7 declared vs Australia 300 all out.', 'The Phase 2 of the metro will open in Pune in March.']);
    expect(facts.some((f) => f.pattern === 'cloze' && (f.answer === 'Day' || f.answer === 'Phase'))).toBe(false);
    // (Nor the label with its number: "winning Heat 5 with a time of 54.32 seconds".)
    const heat = factsOf(['Athlete Hima Das won the gold medal in the women\'s 400 meter event at Tampere on Thursday.', 'Jisna Mathew, the other Indian in the fray, also showed early promise, winning Heat 5 with a time of 54.32 seconds.']);
    expect(heat.some((f) => f.pattern === 'cloze' && f.answer === 'Heat 5')).toBe(false);
  });
});

describe('a scorecard line', () => {
  it('is a table, no sentence to blank ("Brief Scores: India 622 for 7 declared (Pujara 193, …)")', () => {
    const facts = factsOf(['India won their first Test series in Australia on Monday.', '4th Test, Day 5, Brief Scores: India 622 for 7 declared (Pujara 193, Pant 159 not out) vs Australia 300 all out & 6/0 (Harris 2*, Khawaja 4*).']);
    expect(facts.filter((f) => f.sentenceIndex === 1)).toEqual([]);
  });
});

describe('a place after "here in"', () => {
  it('is where the report was filed, said in passing: no blank ("the district headquarters here in _____")', () => {
    const facts = factsOf(['As many as 44 houses were crushed in Malin village, about 120 kms from the district headquarters here in Western Maharashtra, by the massive landslide on Wednesday.']);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === 'Western Maharashtra')).toBe(false);
  });
});

describe('a list of helpline numbers', () => {
  it('is no sentence to blank ("Other helplines are: Muzaffarnagar: 0131-2645238, Cuttack: …")', () => {
    const facts = factsOf(['At least 23 people were killed when the Utkal Express derailed near Muzaffarnagar.', 'Other helplines are: Muzaffarnagar: 0131-2645238, Cuttack: 0671-2200568, Jajpur-Keonjhar Road: 06726-220599.']);
    expect(facts.filter((f) => f.sentenceIndex === 1)).toEqual([]);
  });
});

describe('lines of the day\'s report', () => {
  it('blank neither where an official spoke nor the hospital the injured were taken to', () => {
    const facts = factsOf([
      'At least 31 people were killed when the Dehradun-Varanasi Express derailed near Rae Bareli on Friday.',
      'The locomotive driver apparently overshot the signal, Railway Spokesperson Anil Saxena said in Delhi.',
      'Collector Sanjay Agrawal said that injured passengers have been shifted to Apollo Hospital and Chhattisgarh Institute of Medical Sciences in Bilaspur.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('Delhi');
    expect(answers).not.toContain('Chhattisgarh Institute of Medical Sciences');
    expect(facts.map((f) => f.answer)).toContain('31');
  });
});

describe('a short form spelled out in brackets right after it', () => {
  it('gives itself away: no blank ("The _____ (extremely severe cyclonic storm) TAUKTAE")', () => {
    const facts = factsOf(['The ESCS (extremely severe cyclonic storm) TAUKTAE lies close to the Gujarat coast, the IMD said on Monday.']);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === 'ESCS')).toBe(false);
  });
});

describe('the year of independence', () => {
  it('is no blank where a sentence counts from it ("Since India’s independence in _____")', () => {
    const facts = factsOf(['Since India’s independence in 1947, there have been seven pay commissions formed to revise the salaries of central government employees.']);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === '1947')).toBe(false);
  });
});

describe('the week a weekly figure is of', () => {
  it('is no blank ("In the previous week ended _____, the reserves had swelled by …")', () => {
    const facts = factsOf(['In the previous week ended May 28, 2021, the reserves had swelled by $5.271 billion to $598.165 billion.']);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answerType === 'date')).toBe(false);
  });
});

describe('where a report came out', () => {
  it('is no blank ("… the Global Innovation Index for 2019, released in _____", "The latest report of CCPI, released at _____")', () => {
    const facts = factsOf([
      'India was on Wednesday ranked 52nd on the Global Innovation Index for 2019, released in New Delhi.',
      'The latest report of the CCPI, released at COP27 on Tuesday, shows Denmark, Sweden and Chile ranked above India.',
    ], { title: 'India moves up five places to 52nd in the Global Innovation Index' });
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('New Delhi');
    expect(answers).not.toContain('COP27');
  });
});

describe('the day a report came out', () => {
  it('is no blank ("… according to the UNDP report … released on _____")', () => {
    const facts = factsOf([
      'India has moved up a rank on the global Human Development Index (HDI), according to the United Nations Development Programme (UNDP) report ‘Breaking the gridlock: Reimagining cooperation in a polarised world’ released on March 13.',
      'The report stated that while India ranked 135 in 2021, it had moved up to 134 in 2022.',
    ], { title: 'India ranks 134th in global human development index, says UNDP report' });
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === 'March 13')).toBe(false);
  });
});

describe('a congratulatory message', () => {
  it('is no fact of who sent it ("President _____ also tweeted the congratulatory message …")', () => {
    const facts = factsOf(['ISRO launched the GSLV Mark III rocket with the GSAT-19 satellite from Sriharikota on Monday.', 'President Pranab Mukherjee also tweeted the congratulatory message to the Indian space agency.']);
    expect(facts.some((f) => f.answer === 'Pranab Mukherjee')).toBe(false);
  });
});

describe('an everyday word after a capitalised one', () => {
  it('is the last word of a name, no blank ("into the Executive _____ of the Indian Navy")', () => {
    const facts = factsOf(['Born on 12 April 1962, Hari Kumar was commissioned on 1 January 1983 into the Executive Branch of the Indian Navy.']);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === 'Branch')).toBe(false);
  });
});

describe('when one named in an aside retires', () => {
  it('is no blank ("… headed by Justice AM Khanwilkar, who will retire on _____")', () => {
    const facts = factsOf(['Over a hundred petitions on the PMLA were heard by the bench headed by Justice AM Khanwilkar, who will retire on July 29.']);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === 'July 29')).toBe(false);
  });
});

describe('a local officer who tells the day\'s figures', () => {
  it('is no blank ("confirmed … by Rajkot Range Inspector General of Police _____", "Collector _____ said")', () => {
    const facts = factsOf([
      'At least 141 people died when a suspension bridge collapsed over the Machu river in Morbi on Sunday evening.',
      'The death toll was confirmed to the media by Rajkot Range Inspector General of Police Ashok Yadav on Monday.',
      'Bilaspur Collector Sanjay Agrawal said that the injured passengers have been shifted to hospitals.',
      'Meanwhile, district magistrate Ashish Chauhan has directed the officials of the transport department to investigate the accident.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('Ashok Yadav');
    expect(answers).not.toContain('Sanjay Agrawal');
    expect(answers).not.toContain('Ashish Chauhan');
  });
});

describe('a post\'s byline before a colon', () => {
  it('is a label, no sentence to blank ("Prakash Javadekar, Union Minister of …: Actor X has been selected …")', () => {
    const facts = factsOf([
      'Amitabh Bachchan will be awarded the Dadasaheb Phalke award, it was reported on Tuesday evening.',
      'Prakash Javadekar, Union Minister of Information & Broadcasting: Actor Amitabh Bachchan has been unanimously selected for the award.',
      'Smriti Irani, Minister of Textiles: “The new mills will employ 40,000 weavers across the country.”',
    ]);
    expect(facts.filter((f) => f.pattern === 'cloze' && (f.sentenceIndex === 1 || f.sentenceIndex === 2))).toEqual([]);
  });
});

describe('the outlet that carried the news', () => {
  it('is no blank ("… tweeted the news, which was then picked up by _____" → ANI)', () => {
    const facts = factsOf([
      'The minister tweeted the news on Tuesday, which was then picked up by ANI within minutes.',
      'The verdict was first carried by PTI and later confirmed by the court registry on Monday.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('ANI');
    expect(answers).not.toContain('PTI');
  });
});

describe('the minister who announced a decision', () => {
  it('is no blank at a press briefing, nor after a Cabinet\'s decision ("…, Minister of I&B _____ said.")', () => {
    const facts = factsOf([
      'The aim is to create a quantum computing ecosystem in India, said Union Minister for Information and Broadcasting Anurag Thakur at a press briefing on Wednesday.',
      'The Union Cabinet on Wednesday approved a proposal to build 300 new Kendriya Vidyalayas across India, Minister of Education Dharmendra Pradhan said.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('Anurag Thakur');
    expect(answers).not.toContain('Dharmendra Pradhan');
    expect(answers).toContain('300');
  });
});

describe('lines of a bulletin and a data release', () => {
  it('blank neither where rain is forecast to lash nor when a fiscal year ended', () => {
    const facts = factsOf([
      'Cyclone Phailin made landfall near Gopalpur in Odisha on Saturday evening.',
      'Rains will also lash parts of West Bengal, Chhattisgarh, East UP and Bihar.',
      'The data for the last month of financial year 2018-19 - which concluded on March 31, 2019 - also showed that the overall GST collections stood at Rs 11,77,369 crore.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('Bihar');
    expect(answers).not.toContain('March 31, 2019');
    expect(answers).toContain('Rs 11,77,369 crore');
  });
});

describe('what every reader knows and what the card cannot place', () => {
  it('blank neither a state\'s known capital after "capital" nor a distance "from here"', () => {
    const facts = factsOf([
      'A strong earthquake struck Myanmar on Friday and tremors were felt in eastern India.',
      'In West Bengal capital Kolkata, people rushed out of office buildings and houses.',
      'The accident site is about 140 km from here, officials said.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('Kolkata');
    expect(answers).not.toContain('about 140');
  });
});

describe('the response to a fire', () => {
  it('asks neither how many engines were sent nor where, nor how many patients were moved', () => {
    const facts = factsOf([
      'An elderly patient was killed after a major fire broke out at a cardiology institute in Kanpur on Saturday morning.',
      'Nine fire tenders were pressed into service to douse the flames.',
      'Four patients have been shifted to different hospitals in the city.',
      'Two fire tenders were rushed to south-east Delhi’s Jamia Nagar after a call, officials said.',
    ]);
    expect(facts.filter((f) => f.sentenceIndex > 0 && (f.pattern === 'quantity' || f.pattern === 'cloze'))).toEqual([]);
  });
});

describe('the response to a landslide', () => {
  it('asks neither how many helicopters stand ready nor how many victims were cremated', () => {
    const facts = factsOf([
      'At least 16 people were killed when a massive landslide struck a tribal village in Raigad district overnight.',
      'Two helicopters have been kept ready for the rescue operation, an official said.',
      'The Raigad police said last rites of 13 victims were performed near the disaster site.',
    ]);
    expect(facts.filter((f) => f.sentenceIndex > 0 && (f.pattern === 'quantity' || (f.pattern === 'cloze' && f.answerType === 'number')))).toEqual([]);
  });
});

describe('an illness\'s diary', () => {
  it('blanks no day someone was admitted to hospital ("In _____ too, he was admitted to AIIMS", "admitted since _____")', () => {
    const facts = factsOf([
      'Former Finance Minister Arun Jaitley passed away at 12.07 p.m. on Saturday at the All India Institute of Medical Sciences (AIIMS) in New Delhi where he was admitted since August 9.',
      'In May 2019 too, the former Finance Minister was admitted to AIIMS for treatment.',
    ]);
    const answers = facts.filter((f) => f.pattern === 'cloze').map((f) => f.answer);
    expect(answers).not.toContain('August 9');
    expect(answers).not.toContain('May 2019');
  });
});

describe('the armed services by their common name', () => {
  it('are no blank ("to serve in the _____", "the preparedness of the _____" → Armed Forces), while a service named in full still is', () => {
    const answers = [
      factsOf(['Defence Minister Rajnath Singh on Tuesday announced that the Union Cabinet has approved a recruitment scheme for Indian youth to serve in the Armed Forces for four years.']),
      factsOf(['The tunnel will provide all-weather connectivity to Tawang across Sela Pass, boosting the preparedness of the Armed Forces in the border region.']),
      factsOf(['The rescue was carried out by the Coast Guard and the Air Force on Sunday.']),
    ].flat().map((f) => f.answer);
    expect(answers).not.toContain('Armed Forces');
    expect(answers).not.toContain('Coast Guard');
    expect(answers).not.toContain('Air Force');
    const named = factsOf(['The Indian Air Force inducted its first batch of Rafale jets at Ambala on Wednesday in the presence of Defence Minister Rajnath Singh.']).map((f) => f.answer);
    expect(named).toContain('Indian Air Force');
  });
});

describe('a law or a plan by its kind alone', () => {
  it('is no blank ("held that the _____ cannot be said to breach …" → Constitution Amendment, "the _____ will …" → Project)', () => {
    const answers = [
      factsOf([
        'The Supreme Court upheld the validity of the 103rd Constitutional amendment providing 10% reservation to economically weaker sections.',
        'To begin with, Justice Maheshwari held that the Constitution Amendment cannot be said to breach the basic structure by providing reservation on economic criteria.',
      ]),
      factsOf([
        'The Union Cabinet approved the Ken-Betwa river interlinking project on Wednesday.',
        'The Project will irrigate 10.62 lakh hectares of land in the Bundelkhand region and will be completed in eight years.',
      ]),
    ].flat().map((f) => f.answer);
    expect(answers).not.toContain('Constitution Amendment');
    expect(answers).not.toContain('Project');
  });
});

describe('a gas by its formula', () => {
  it('is no blank ("contribute to lower _____ emissions" → CO2, "_____ levels rose" → PM2.5)', () => {
    const answers = [
      factsOf(['The projects will contribute to lower CO2 emissions and support efficient rail operations, the Cabinet said on Wednesday.']),
      factsOf(['PM2.5 levels rose to 450 in Anand Vihar on Sunday, the Central Pollution Control Board said.']),
    ].flat().map((f) => f.answer);
    expect(answers).not.toContain('CO2');
    expect(answers).not.toContain('PM2.5');
  });
});

describe('a misread name running into "based"', () => {
  it('is no blank ("troops of 1-24 _____ based 11th Airborne Division" → Battalion of the Alaska)', () => {
    const answers = factsOf(['The US contingent of similar strength will be represented by the troops of 1-24 Battalion of the Alaska based 11th Airborne Division of the US Army.']).map((f) => f.answer);
    expect(answers).not.toContain('Battalion of the Alaska');
    // (A place named in full before "based" is no blank either way; a name elsewhere still is.)
    const named = factsOf(['The exercise was held at the Mahajan Field Firing Ranges in Rajasthan on Monday.']).map((f) => f.answer);
    expect(named).toContain('Mahajan Field Firing Ranges');
  });
});

describe('the body of an official who told the news', () => {
  it('is no blank ("_____, Additional Director General, S Balachandran told PTI that …")', () => {
    const answers = [
      factsOf(['Citing data and observations, IMD-Regional Meteorological Centre, Additional Director General, S Balachandran told PTI that the landfall commenced at about 5.30 pm on November 30.']),
      factsOf(['Indian Space Research Organisation, Chairman, V Narayanan said that the satellite was placed in its intended orbit on Sunday.']),
    ].flat().map((f) => f.answer);
    expect(answers).not.toContain('IMD-Regional Meteorological Centre');
    expect(answers).not.toContain('Indian Space Research Organisation');
  });
});

describe('a place before a court written small', () => {
  it('is no blank ("Two judges of _____ high court" → Bombay), while the court named in full still may be', () => {
    const answers = factsOf(['Two judges of Bombay high court, Justices Amjad Ahtesham Sayed and Sambhaji Shivaji Shinde, were appointed as chief justices of the high courts of Himachal Pradesh and Rajasthan, respectively.']).map((f) => f.answer);
    expect(answers).not.toContain('Bombay');
    const named = factsOf(['Justice Rashmin Chhaya formerly served as a judge in the Gujarat High Court, officials said on Friday.']).map((f) => f.answer);
    expect(named).toContain('Gujarat High Court');
  });
});

describe('the body that announced the news', () => {
  it('is no blank as the sentence\'s opening teller ("The _____ announced early Wednesday that severe cyclonic storm Montha had weakened …"), unless the headline makes it the actor', () => {
    const text = ['The India Meteorological Department (IMD) announced early Wednesday that severe cyclonic storm Montha had weakened into a cyclonic storm after making landfall.'];
    expect(factsOf(text, { title: 'Cyclone Montha hits Andhra Pradesh' }).filter((f) => f.pattern === 'cloze').map((f) => f.answer)).not.toContain('India Meteorological Department');
    // (A body that acts, not tells, is still asked.)
    const acts = ['The Central Water Commission issued a flood alert for 12 districts of Assam on Monday.'];
    expect(factsOf(acts, { title: 'Flood alert for Assam' }).map((f) => f.answer)).toContain('Central Water Commission');
  });
});

describe('the title a winner takes', () => {
  it('is no blank ("were crowned _____ on Tuesday" → World Champions); where they won still is', () => {
    const answers = factsOf(['The Indian men\'s regu team were crowned World Champions on Tuesday, winning the gold medal at the 2025 Sepak Takraw World Cup in Patna, Bihar.']).map((f) => f.answer);
    expect(answers).not.toContain('World Champions');
    expect(answers).toContain('Patna');
  });
});

describe('the district an officer serves', () => {
  it('is no blank ("handed over to _____ District Collector Ch Naga Rani" → West Godavari, "_____ SP Rakesh Singh said")', () => {
    const answers = [
      factsOf(['The GI certificate will be handed over to West Godavari District Collector Ch Naga Rani at a programme in New Delhi on November 25.']),
      factsOf(['Gaya SP Rakesh Singh said that four people were arrested on Monday in connection with the robbery.']),
    ].flat().map((f) => f.answer);
    expect(answers).not.toContain('West Godavari');
    expect(answers).not.toContain('Gaya');
  });
});

describe('a petitioner named after the court the petition was in', () => {
  it('is no blank ("The petition in the High Court was filed by one _____")', () => {
    const answers = factsOf(['The Supreme Court on Friday stayed the Allahabad High Court verdict striking down the Uttar Pradesh Board of Madarsa Education Act 2004.', 'The petition in the High Court was filed by one Anshuman Singh Rathore challenging the constitutional validity of the Madarsa Education Act.']).map((f) => f.answer);
    expect(answers).not.toContain('Anshuman Singh Rathore');
  });
});

describe('the body a figure is credited to, closing the sentence', () => {
  it('is no blank ("… polling percentage of 75.6 per cent, as per the _____.")', () => {
    const answers = factsOf(['The Congress party has returned to power in Himachal Pradesh after securing 40 seats in the 68-member Legislative Assembly.', 'The Indian state Himachal Pradesh registered an approximate polling percentage of 75.6 per cent, as per the Election Commission of India (ECI).'], { title: 'Himachal Pradesh election result: Congress records comeback victory' }).map((f) => f.answer);
    expect(answers).not.toContain('Election Commission of India');
  });
});

describe('an office with its desk in brackets, before its holder', () => {
  it('is no blank ("… at the senior officials\' level, _____ Reenat Sandhu said" → Ministry of External Affairs Secretary (West))', () => {
    const answers = factsOf(['India and five Central Asian countries on Thursday decided to establish a joint working group on Afghanistan at the senior officials\' level, Ministry of External Affairs Secretary (West) Reenat Sandhu said.']).map((f) => f.answer);
    expect(answers.filter((a) => /Secretary/.test(a))).toEqual([]);
  });
});

describe('an everyday word of disaster a report capitalises', () => {
  it('is no blank ("An _____ of magnitude 5.2 occurred in North Garo Hills" → Earthquake), the magnitude still is', () => {
    const answers = factsOf(['An Earthquake of magnitude 5.2 occurred in North Garo Hills at 6:15 pm on Monday, the National Center for Seismology said.']).map((f) => f.answer);
    expect(answers).not.toContain('Earthquake');
    expect(answers).toContain('5.2');
  });
});

describe('who read out the warrant of appointment', () => {
  it('is no blank ("Additional Chief Secretary _____ read out the warrant of appointment")', () => {
    const answers = factsOf(['Additional Chief Secretary Manisha Mhaiskar Patankar read out the warrant of appointment of the Chief Justice issued by President Droupadi Murmu.']).map((f) => f.answer);
    expect(answers).not.toContain('Manisha Mhaiskar Patankar');
  });
});
