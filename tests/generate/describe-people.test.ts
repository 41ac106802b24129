import { describe, expect, it } from 'vitest';
import { describedBy, describedByQuestion, describedByRole, describedLaunch, describedPerson, describedRecord, withDescriptions } from '../../src/generate/describe-people.js';
import type { Item } from '../../src/types.js';

const item = (question: string, fields: Partial<Item> = {}): Item => ({
  id: question, articleId: 'a', factId: question, type: 'cloze', question, answer: 'x', sentence: 's1', answerType: 'term', score: 0.5, tags: [], ...fields,
});
const asked = (question: string, answer: string) => describedBy(item(question, { type: 'short', answerType: 'person', answer, sentence: 's0' }))!;

describe('people called by the office or award the set asks them for', () => {
  const cec = asked('Who assumed charge as the 26th Chief Election Commissioner of India in February 2025?', 'Gyanesh Kumar');
  const nobel = asked('Who was awarded the 2023 Nobel Prize in Literature?', 'Jon Fosse');

  it('reads the description from the question that asks for them', () => {
    expect(cec.description).toBe('the 26th Chief Election Commissioner of India');
    expect(nobel.description).toBe('the winner of the 2023 Nobel Prize in Literature');
    // (A first with no trade before the name, "Lt Gen Sadhna Saxena Nair": the first asked, in a
    // few words at most.)
    expect(asked('Who was the first woman to be appointed as the Director General Medical Services (Army)?', 'Sadhna Saxena Nair').description).toBe('the first woman to be appointed as the Director General Medical Services (Army)');
    expect(describedBy(item('Who was the first Indian woman athlete from the state of Kerala to win an individual gold medal at the Asian Games in Hangzhou?', { type: 'short', answerType: 'person', answer: 'Anu Rani', sentence: 's0' }))).toBeNull();
    // (Or an owner's first holder of a title: "India's first woman Para World Archery Champion".)
    expect(asked("Who was India's first woman Para World Archery Champion?", 'Sheetal Devi').description).toBe("India's first woman Para World Archery Champion");
    expect(asked("Who was Kerala's first woman Governor?", 'Anjali Rao').description).toBe("Kerala's first woman Governor");
    // (A promotion to a post: the post, with its "the".)
    expect(asked('Who was elevated to the post of Deputy Chief Minister of Gujarat?', 'Harsh Sanghavi').description).toBe('the Deputy Chief Minister of Gujarat');
    expect(describedBy(item('Who said the talks were useful?', { type: 'short', answerType: 'person', answer: 'Sergei Lavrov' }))).toBeNull();
    // A person asked by the description the article gave them.
    expect(asked('Who, a 14-year-old boy from Irving, was arrested after bringing a clock to school?', 'Ahmed Mohamed').description).toBe('the 14-year-old boy from Irving');
    expect(asked('Who was a 14-year-old boy from Irving in September 2015?', 'Ahmed Mohamed').description).toBe('the 14-year-old boy from Irving');
    expect(describedBy(item('Who, a member of the group all his life, was arrested?', { type: 'short', answerType: 'person', answer: 'Daniel Montalvo' }))).toBeNull();
    // (Not by one word that is neither a trade nor a title: "a diabetic" calls no one by what they are.)
    expect(describedBy(item('Who, a diabetic, had only one functional kidney?', { type: 'short', answerType: 'person', answer: 'Atal Bihari Vajpayee', sentence: 'Vajpayee, a diabetic, had only one functional kidney.' }))).toBeNull();
    expect(asked('Who, a novelist, was selected for the award?', 'Ravi Menon').description).toBe('the novelist');
    // An undated article's office question says "according to the article".
    expect(asked('Who was the Prime Minister of Bangladesh, according to the article?', 'Sheikh Hasina').description).toBe('the Prime Minister of Bangladesh');
    // (Or dated by a year alone: "… in 1960?")
    expect(asked('Who was the President of Pakistan in 1960?', 'Ayub Khan').description).toBe('the President of Pakistan');
    // An office with its short form in brackets is described without it, the place it serves kept.
    expect(asked('Who was sworn in as the Comptroller and Auditor General (CAG) of India in November 2024?', 'Anil Verma').description).toBe('the Comptroller and Auditor General of India');
    // Who passed away, as the obituary described them.
    expect(asked('Which popular ghazal and playback singer passed away in February 2024?', 'Pankaj Udhas').description).toBe('the popular ghazal and playback singer');
  });

  it('calls one selected for an award by the trade their sentence gives, where it gives one', () => {
    const chosen = describedBy(item('Who was selected for the 2024 Jnanpith Award?', { type: 'short', answerType: 'person', answer: 'Ravi Menon', sentence: 'Malayalam novelist and poet Ravi Menon has been selected for the 59th Jnanpith Award for 2024.' }))!;
    expect(chosen.description).toBe('the Malayalam novelist and poet');
  });

  it('is not made where the sentence tells of taking the office still ahead ("… before he takes Cabinet Secretary")', () => {
    const next = asked('Who was appointed the Cabinet Secretary?', 'Rajiv Menon');
    expect(withDescriptions(item('He (Rajiv Menon) will initially join as Officer on Special Duty in the _____ before he takes Cabinet Secretary.', { answer: 'Cabinet Secretariat', answerType: 'organisation' }), [next])).toBeNull();
    // (Where the office stands only as the description, the description is made.)
    expect(withDescriptions(item('Menon, a 1982-batch IAS officer, will take charge from the incumbent _____ on August 30.', { answer: 'PK Sinha', answerType: 'person' }), [next])?.question).toBe('The Cabinet Secretary, a 1982-batch IAS officer, will take charge from the incumbent _____ on August 30.');
  });

  it('leaves out a name in brackets after an age and a trade, which describe the person already', () => {
    const jnanpith = asked('Who was selected for the 60th Jnanpith Award in March 2025?', 'Sunil Jadhav');
    expect(withDescriptions(item('The 81-year-old poet (Sunil Jadhav) will get a cash prize of _____ and a citation.', { answer: 'Rs 11 lakh' }), [jnanpith])?.question).toBe(
      'The 81-year-old poet will get a cash prize of _____ and a citation.',
    );
  });

  it('calls the winner of a title by it, never where the sentence names the title again', () => {
    const winner = asked('Who won the FIDE Women’s Chess Cup in June 2024?', 'Tan Zhongyi');
    expect(winner.description).toBe('the winner of the FIDE Women’s Chess Cup');
    expect(withDescriptions(item('Tan Zhongyi covered her face as _____ shook hands in resignation.', { answer: 'Aleksandra Goryachkina' }), [winner])?.question).toBe('The winner of the FIDE Women’s Chess Cup covered her face as _____ shook hands in resignation.');
    expect(withDescriptions(item('Tan Zhongyi claimed the FIDE Women’s Chess Cup title by upstaging _____.', { answer: 'Aleksandra Goryachkina', sentence: 's0' }), [winner])).toBeNull();
  });

  it('calls the next holder of an office by it, where a deputy\'s office is named after "as"', () => {
    const next = asked('Who will be the next Chief of the Army Staff?', 'Upendra Dwivedi');
    expect(next.description).toBe('the next Chief of the Army Staff');
    expect(withDescriptions(item('Lt Gen Dwivedi assumed charge as Vice Chief of Army Staff on _____.', { answer: 'February 19' }), [next])?.question).toBe('The next Chief of the Army Staff assumed charge as Vice Chief of Army Staff on _____.');
    // The office itself named again after "as" is no item.
    expect(withDescriptions(item('Lt Gen Dwivedi will take over as Chief of the Army Staff on _____.', { answer: 'June 30' }), [next])).toBeNull();
  });

  it('calls someone who died by the last of a long pair of descriptions', () => {
    const dead = asked('Which veteran Bharatiya Janata Party (BJP) leader and two-times Madhya Pradesh chief minister passed away?', 'Sunderlal Patwa');
    expect(dead.description).toBe('the two-times Madhya Pradesh chief minister');
    // (Its own "a"/"an" gives way to the "the": never "the an internationally renowned …".)
    const scientist = asked('Which former Indian Space Research Organisation (ISRO) Chairman and an internationally renowned space scientist passed away?', 'Udupi Ramachandra Rao');
    expect(scientist.description).toBe('the internationally renowned space scientist');
  });

  it('leaves an item alone where the office is named again by its short form ("as the CJI")', () => {
    const cji = asked('Who was sworn in as the Chief Justice of India in November 2024?', 'Sanjiv Khanna');
    expect(withDescriptions(item('A notification on appointment of Justice Khanna as the CJI was issued on _____.'), [cji])).toBeNull();
    expect(withDescriptions(item('Justice Khanna enrolled as an advocate with the _____ in 1983.'), [cji])?.question).toBe('The Chief Justice of India enrolled as an advocate with the _____ in 1983.');
  });

  it('replaces only the person asked for where another person\'s title and name come first, joined by "and"', () => {
    const president = asked('Who was the President of Tanzania, according to the article?', 'Samia Suluhu Hassan');
    const talks = withDescriptions(item('India and Tanzania agreed on a _____ roadmap following talks between Prime Minister Narendra Modi and Tanzanian President Samia Suluhu Hassan.', { answer: 'five-year' }), [president]);
    expect(talks?.question).toBe('India and Tanzania agreed on a _____ roadmap following talks between Prime Minister Narendra Modi and the President of Tanzania.');
  });

  it('leaves an item alone where a title with a bracket aside stands before the name ("Justice (retired) Khanwilkar")', () => {
    const chair = asked('Who was appointed the Lokpal chairperson in March 2024?', 'Ravi Menon');
    expect(withDescriptions(item('Justice (retired) Menon, 66, served as a judge of the apex court from _____.', { answer: 'May 2016', answerType: 'date' }), [chair])).toBeNull();
  });

  it('leaves an item alone whose blank is the office they took ("… was elected as _____ by voice vote")', () => {
    const speaker = asked('Who was elected the Speaker of the Delhi Assembly?', 'Vijender Gupta');
    expect(withDescriptions(item('Gupta was elected as _____ by voice vote after the Chief Minister proposed his name.', { answer: 'Assembly Speaker', answerType: 'term' }), [speaker])).toBeNull();
    // (Nor a false statement with another value where the blank was.)
    const statement = item('Gupta was elected as Delhi Assembly by voice vote.', { type: 'truefalse', answer: 'False', answerType: 'boolean', explanation: 'False: the article gives Assembly Speaker, not Delhi Assembly. “Gupta was elected as Assembly Speaker by voice vote.”' });
    expect(withDescriptions(statement, [speaker])).toBeNull();
  });

  it('leaves an item alone where the text names again a name of three words the description is made of', () => {
    const roy = asked('Who was awarded the 2024 PEN Pinter Prize?', 'Arundhati Roy');
    expect(withDescriptions(item('Arundhati Roy will accept the PEN Pinter Prize at a ceremony co-hosted by the _____.'), [roy])).toBeNull();
    expect(withDescriptions(item('Arundhati Roy will deliver an address at the _____.'), [roy])!.question).toMatch(/^The winner of the 2024 PEN Pinter Prize will deliver/);
  });

  it('leaves an item alone where a role stands before the name ("Urdu poet Gulzar")', () => {
    const award = asked('Who was awarded the 2002 Sahitya Akademi Award for Urdu?', 'Shri Gulzar');
    expect(withDescriptions(item('Urdu poet Shri Gulzar and Sanskrit scholar _____ have been announced as the recipients.'), [award])).toBeNull();
    expect(withDescriptions(item('Veteran lyricist Gyanesh Kumar wrote the song for the film _____.'), [cec])).toBeNull();
  });

  it('replaces the full name and the surname, capitalised at the start, but never a namesake', () => {
    expect(withDescriptions(item('Mr. Gyanesh Kumar, a 1988-batch officer of the _____ cadre, took charge.'), [cec])!.question).toBe(
      'The 26th Chief Election Commissioner of India, a 1988-batch officer of the _____ cadre, took charge.',
    );
    expect(withDescriptions(item('Kumar succeeded Rajiv Kumar, who retired on _____.'), [cec])!.question).toBe(
      'The 26th Chief Election Commissioner of India succeeded Rajiv Kumar, who retired on _____.',
    );
    // (Nor the surname before the kin who share it: "the Kumar brothers" are not the one asked.)
    expect(withDescriptions(item('The firm was founded by the Kumar brothers in _____.'), [cec])).toBeNull();
    expect(withDescriptions(item('The Kumar family gave _____ to the trust.'), [cec])).toBeNull();
    const trump = asked('Who was the President of the United States in July 2017?', 'Donald Trump');
    expect(withDescriptions(item('President Donald Trump personally asked the _____ to help.'), [trump])!.question).toBe(
      'The President of the United States personally asked the _____ to help.',
    );
    // A possessive ("the President of the United States’s travel ban") or an office named twice
    // ("the Speaker of the Lok Sabha's election as Speaker") reads as nonsense: no item.
    expect(withDescriptions(item('Afghanistan is not covered by President Trump’s travel ban, unlike _____.'), [trump])).toBeNull();
    const speaker = asked('Who was elected the Speaker of the Lok Sabha in June 2024?', 'Om Birla');
    expect(withDescriptions(item('Prime Minister _____ moved the motion for Om Birla’s election as Speaker.'), [speaker])).toBeNull();
    // A modifier before the name would stand before the description ("Nineteen-year-old the …").
    const divya = asked('Who was the fourth Indian woman to earn the Grandmaster title?', 'Divya Deshmukh');
    expect(withDescriptions(item('Nineteen-year-old Divya Deshmukh defeated veteran _____ in the final.'), [divya])).toBeNull();
    // (A sentence opening on the office says it once: "As Deputy Governor, Rao succeeds" → "The
    // Deputy Governor of … succeeds", never "As Deputy Governor, the Deputy Governor of … succeeds".)
    const rao = asked('Who was appointed the Deputy Governor of the Reserve Bank of India?', 'Kavita Rao');
    expect(withDescriptions(item('As Deputy Governor, Rao succeeds _____, who retired in March.'), [rao])!.question).toBe('The Deputy Governor of the Reserve Bank of India succeeds _____, who retired in March.');
    const chief = asked('Who was appointed the Chief of the Naval Staff?', 'Dinesh Kumar Tripathi');
    expect(withDescriptions(item('As the new Chief of the Naval Staff, Tripathi succeeds _____, who retired on Tuesday.'), [chief])!.question).toBe('The Chief of the Naval Staff succeeds _____, who retired on Tuesday.');
    // (Not where the opening names another office: "As Finance Secretary, Rao …".)
    expect(withDescriptions(item('As Finance Secretary, Rao oversaw _____ budgets.'), [rao])!.question).not.toMatch(/^The Deputy Governor/);
    // (Or an age written apart: "Sixty-eight-year old the former Governor …".)
    const kulkarni = asked('Who was appointed the Cabinet Secretary?', 'Arvind Kulkarni');
    expect(withDescriptions(item('Sixty-one-year old Kulkarni has been a career civil servant with _____ of service.'), [kulkarni])).toBeNull();
    // So would a role before the name ("Former revenue secretary the 26th Governor …").
    const governor = asked('Who was the 26th Governor of the Reserve Bank of India?', 'Sanjay Malhotra');
    expect(withDescriptions(item('Former revenue secretary Mr Malhotra replaces Shaktikanta Das after a _____ stint.'), [governor])).toBeNull();
    // A title right before the name goes with it: "The 30th Chief of the Army Staff succeeds Gen _____".
    const dwivedi = asked('Who was the 30th Chief of the Army Staff?', 'Upendra Dwivedi');
    expect(withDescriptions(item('Gen Dwivedi succeeds Gen _____ who superannuated after four decades of service.'), [dwivedi])?.question).toBe(
      'The 30th Chief of the Army Staff succeeds Gen _____ who superannuated after four decades of service.',
    );
    // So would any title of the lexicon's ("Indian Grandmaster the youngest world chess champion …").
    const gukesh = asked('Who is the youngest world chess champion?', 'D Gukesh');
    expect(withDescriptions(item('Indian Grandmaster D Gukesh won the title by defeating Ding Liren in _____.'), [gukesh])).toBeNull();
    // So would a champion's title ("Defending Olympic champion the first Indian …").
    const neeraj = asked('Who was the first Indian track-and-field athlete to win two Olympic medals?', 'Neeraj Chopra');
    expect(withDescriptions(item('Defending Olympic champion Neeraj Chopra won the silver medal at the 2024 _____.'), [neeraj])).toBeNull();
    // (The description stands for the pronoun, not in brackets after it.)
    expect(withDescriptions(item('He (Jon Fosse) is the fourth Norwegian writer after _____.'), [nobel])!.question).toBe(
      'The winner of the 2023 Nobel Prize in Literature is the fourth Norwegian writer after _____.',
    );
    expect(withDescriptions(item('After the award, she said that he (Jon Fosse) wrote in _____.'), [nobel])!.question).toBe(
      'After the award, she said that the winner of the 2023 Nobel Prize in Literature wrote in _____.',
    );
  });

  it('calls one known by a single name by the award the set asks them for, wherever that name stands', () => {
    const chosen = asked('Who was selected for the 2023 Dadasaheb Phalke Award?', 'Mohanlal');
    expect(chosen.description).toBe('the one selected for the 2023 Dadasaheb Phalke Award');
    const out = withDescriptions(item('With a career spanning four decades, Mohanlal has acted in more than _____ films.', { answer: '400', answerType: 'number' }), [chosen]);
    expect(out?.question).toBe('With a career spanning four decades, the one selected for the 2023 Dadasaheb Phalke Award has acted in more than _____ films.');
    // (Not a short word that may be part of anything.)
    expect(describedBy(item('Who was awarded the Kyoto Prize?', { type: 'short', answerType: 'person', answer: 'Ali', sentence: 's0' }))).toBeNull();
  });

  it('calls a person a blank asks for by the trade right before their name ("Veteran filmmaker _____")', () => {
    const who = describedByRole({ answer: 'Arun Mehra', answerType: 'person', sentence: 'Veteran filmmaker Arun Mehra passed away on Tuesday in Mumbai.' })!;
    expect(who.description).toBe('the filmmaker');
    expect(withDescriptions(item('Mehra was known for directing films such as Dhoop and _____.'), [who])!.question).toBe('The filmmaker was known for directing films such as Dhoop and _____.');
    expect(describedByRole({ answer: 'Ramesh Yadav', answerType: 'person', sentence: 'The Supreme Court acquitted life convict Ramesh Yadav on Tuesday.' })?.description).toBe('the life convict');
    // ("Former Reserve Bank of India (RBI) governor Urjit Patel": the time word before the body's name is the role's.)
    expect(describedByRole({ answer: 'Urjit Patel', answerType: 'person', sentence: 'Former Reserve Bank of India (RBI) governor Urjit Patel has been appointed executive director at the IMF.' })?.description).toBe('the former RBI governor');
    expect(describedByRole({ answer: 'Manoj Rao', answerType: 'person', sentence: 'Ex-Indian Space Research Organisation (ISRO) chairman Manoj Rao inaugurated the lab.' })?.description).toBe('the former ISRO chairman');
    expect(describedByRole({ answer: 'Sanjay Malhotra', answerType: 'person', sentence: 'Reserve Bank of India (RBI) governor Sanjay Malhotra kept the repo rate unchanged.' })?.description).toBe('the RBI governor');
    // ("Noted poet and litterateur Prabha Varma": the first of two trades, one a man of letters.)
    expect(describedByRole({ answer: 'Prabha Varma', answerType: 'person', sentence: 'Noted poet and litterateur Prabha Varma will be awarded the Saraswati Samman.' })?.description).toBe('the poet');
    expect(describedByRole({ answer: 'Anil Menon', answerType: 'person', sentence: 'Eminent litterateur Anil Menon died on Sunday.' })?.description).toBe('the litterateur');
    // ("Intelligence Bureau director Tapan Kumar Deka": a body's name before the role says whose.)
    expect(describedByRole({ answer: 'Tapan Kumar Deka', answerType: 'person', sentence: 'Intelligence Bureau director Tapan Kumar Deka’s tenure has been extended by one more year.' })?.description).toBe('the Intelligence Bureau director');
    // ("Former Union Health Secretary Preeti Sudan will take charge …": an office in capitals held once.)
    expect(describedByRole({ answer: 'Preeti Sudan', answerType: 'person', sentence: 'Former Union Health Secretary Preeti Sudan will take charge as the Chairperson of the UPSC on August 1.' })?.description).toBe('the former Union Health Secretary');
    expect(describedByRole({ answer: 'Anil Rao', answerType: 'person', sentence: 'Then Finance Secretary Anil Rao had signed the order.' })).toBeNull();
    // ("… appointed Gujarat Governor Acharya Devvrat to discharge the functions of the governor of
    // Maharashtra": a sentence that names the office apart from its holder is not described.)
    const governor = describedByQuestion({ question: 'Who took oath as the governor of Maharashtra in September 2025?', answer: 'Acharya Devvrat', sentence: 's0', answerType: 'person' })!;
    expect(governor.description).toBe('the governor of Maharashtra');
    expect(withDescriptions(item('President Droupadi Murmu appointed Gujarat Governor Acharya Devvrat to discharge the functions of the governor of Maharashtra after _____ demitted office.', { sentence: 's1', answer: 'C P Radhakrishnan' }), [governor])).toBeNull();
    expect(withDescriptions(item('Devvrat was born in _____, Haryana.', { sentence: 's2', answer: 'Samalkha', answerType: 'place' }), [governor])?.question).toBe('The governor of Maharashtra was born in _____, Haryana.');
    // (A team's captain by the word before the name.)
    expect(describedByRole({ answer: 'Rohit Sharma', answerType: 'person', sentence: 'Ahead of the tour of England, captain Rohit Sharma announced his retirement from Test cricket.' })?.description).toBe('the captain');
    // (Not "the and writer" from "Astrophysicist and writer Jayant Narlikar"; nor a trade-less name.)
    expect(describedByRole({ answer: 'Jayant Narlikar', answerType: 'person', sentence: 'Astrophysicist and writer Jayant Narlikar died in Pune.' })?.description).toBe('the writer');
    expect(describedByRole({ answer: 'Arun Mehra', answerType: 'person', sentence: 'Arun Mehra passed away on Tuesday.' })).toBeNull();
    // (A preposition that ends like a trade is no role: "a fitting farewell for PR Sreejesh", "after Sunil Rao".)
    expect(describedByRole({ answer: 'PR Sreejesh', answerType: 'person', sentence: 'The medal was a fitting farewell for PR Sreejesh, who retired.' })).toBeNull();
    expect(describedByRole({ answer: 'Arun Mehra', answerType: 'person', sentence: 'The panel met in Delhi shortly after Arun Mehra resigned.' })).toBeNull();
    // ("Spy master Sunil Rao …": not "the master", the half of a role whose first word opens the sentence.)
    expect(describedByRole({ answer: 'Sunil Rao', answerType: 'person', sentence: 'Spy master Sunil Rao was reappointed on Friday.' })).toBeNull();
    expect(describedByRole({ answer: 'Meera Iyer', answerType: 'person', sentence: 'Ballet teacher Meera Iyer opened a school in Kochi.' })).toBeNull();
    expect(describedByRole({ answer: 'Arun Mehra', answerType: 'person', sentence: 'Legendary filmmaker Arun Mehra passed away.' })?.description).toBe('the filmmaker');
    // (The language one writes in says which writer: "Noted Assamese poet …" → "the Assamese poet".)
    expect(describedByRole({ answer: 'Nilmani Phukan', answerType: 'person', sentence: 'Noted Assamese poet Nilmani Phukan won the 56th Jnanpith Award on Tuesday.' })?.description).toBe('the Assamese poet');
    expect(describedByRole({ answer: 'Damodar Mauzo', answerType: 'person', sentence: 'The award went to Konkani writer Damodar Mauzo on Tuesday.' })?.description).toBe('the Konkani writer');
    // (The state of an office says which one: "Two-time Bihar chief minister Karpoori Thakur".)
    expect(describedByRole({ answer: 'Karpoori Thakur', answerType: 'person', sentence: 'Two-time Bihar chief minister Karpoori Thakur has been named for the Bharat Ratna.' })?.description).toBe('the two-time Bihar chief minister');
    // ("Celebrated poet Akkitham …": a word of praise opening the sentence is left out.)
    expect(describedByRole({ answer: 'Ravi Menon', answerType: 'person', sentence: 'Celebrated poet Ravi Menon has won the award.' })?.description).toBe('the poet');
    // ("Rio Olympic silver-medallist PV Sindhu": an athlete by the medal they won, and where.)
    expect(describedByRole({ answer: 'Meera Rana', answerType: 'person', sentence: 'Tokyo Olympic bronze-medallist Meera Rana clinched her maiden world title on Sunday.' })?.description).toBe('the Tokyo Olympic bronze-medallist');
    // ("Eminent writer, editor and columnist Manoj Das": the first of a list of trades, not the last.)
    expect(describedByRole({ answer: 'Kiran Das', answerType: 'person', sentence: 'Eminent writer, editor and columnist Kiran Das passed away on Tuesday.' })?.description).toBe('the writer');
    // ("Union Health Minister J P Nadda announced …": an office written before the name.)
    const nadda = describedByRole({ answer: 'J P Nadda', answerType: 'person', sentence: 'Union Health Minister J P Nadda on Monday announced scaling up of the TB campaign.' })!;
    expect(nadda.description).toBe('the Union Health Minister');
    expect(withDescriptions(item('Nadda said _____ new TB cases were notified during the campaign.'), [nadda])!.question).toBe('The Union Health Minister said _____ new TB cases were notified during the campaign.');
    // (A former one is called so, as "former chief minister" in lower case is, never by the office alone.)
    expect(describedByRole({ answer: 'Sushil Modi', answerType: 'person', sentence: 'Former Deputy Chief Minister Sushil Modi died in Delhi.' })?.description).toBe('the former Deputy Chief Minister');
    // ("despite skipper Laura Wolvaardt's 101", "after opener Rohan Kunnummal's fifty": a word
    // of the clause before the trade is none of it.)
    expect(describedByRole({ answer: 'Laura Wolvaardt', answerType: 'person', sentence: "Still, despite skipper Laura Wolvaardt's 101, the bowlers put the brakes on the Proteas." })?.description).toBe('the skipper');
    expect(describedByRole({ answer: 'Rohan Kunnummal', answerType: 'person', sentence: "Kerala recovered after opener Rohan Kunnummal's fifty in the first session." })?.description).toBe('the opener');
  });

  it('calls them by the office in the sentence it was read from, where that sentence asks something else', () => {
    const sentence = "Applying the 'One Rank One Pension' principle, a three-judge Bench led by Chief Justice of India BR Gavai said there could be no discrimination.";
    const cji = describedBy(item('Who was the Chief Justice of India, according to the article?', { type: 'short', answerType: 'person', answer: 'BR Gavai', sentence }))!;
    expect(withDescriptions(item(sentence.replace('One Rank One Pension', '_____'), { sentence }), [cji])?.question).toBe("Applying the '_____' principle, a three-judge Bench led by the Chief Justice of India said there could be no discrimination.");
    // (With the portfolio's first half before the title: "Information and Broadcasting Minister …".)
    const minister = describedBy(item('Who was the Minister of Information and Broadcasting, according to the article?', { type: 'short', answerType: 'person', answer: 'Ashwini Vaishnaw', sentence: 's0' }))!;
    expect(withDescriptions(item('The price of paddy has been increased by _____, Information and Broadcasting Minister Ashwini Vaishnaw said on Wednesday.'), [minister])?.question).toBe('The price of paddy has been increased by _____, the Minister of Information and Broadcasting said on Wednesday.');
  });

  it('calls them by the office where their initials stand before the surname ("B R Gavai"), not a namesake\'s', () => {
    const cji = asked('Who was sworn in as the 52nd Chief Justice of India?', 'Bhushan Ramkrishna Gavai');
    expect(withDescriptions(item('B R Gavai paid floral tributes on reaching the _____.'), [cji])?.question).toBe('The 52nd Chief Justice of India paid floral tributes on reaching the _____.');
    expect(withDescriptions(item('Justice R S Gavai retired from the _____.'), [cji])).toBeNull();
    // (Initials written together go whole: "MC Mary Kom", never "Mthe boxer".)
    const boxer = asked('Who became the most successful boxer?', 'Mary Kom');
    expect(withDescriptions(item("India's MC Mary Kom won a historic sixth gold in the _____ on Saturday."), [boxer])?.question ?? '').not.toMatch(/\bMthe\b/);
  });

  it('leaves an item alone where the office is named again after "as" with two words before it', () => {
    const cj = asked('Who was appointed the Chief Justice of the Madhya Pradesh High Court?', 'Sanjeev Sachdeva');
    expect(withDescriptions(item('Justice Sachdeva was functioning as Acting Chief Justice of the Madhya Pradesh High Court after Chief Justice _____ retired on May 23.'), [cj])).toBeNull();
  });

  it('leaves an item alone where the sentence gives them another office ("… is the Director of LPSC")', () => {
    const chair = asked('Who was appointed the Chairman of the Indian Space Research Organisation?', 'V Narayanan');
    expect(withDescriptions(item('Currently, Narayanan is the Director of the Liquid Propulsion Systems Centre (LPSC), with a unit at _____.'), [chair])).toBeNull();
    expect(withDescriptions(item('Narayanan is currently serving as the Director of the Liquid Propulsion Systems Centre in _____.'), [chair])).toBeNull();
    // (Anything else said of them still calls them by the office.)
    expect(withDescriptions(item('Narayanan will assume office on _____.'), [chair])?.question).toBe('The Chairman of the Indian Space Research Organisation will assume office on _____.');
  });

  it('calls a person asked as "the first …" by the trade the sentence gives them', () => {
    const sentence = 'Star javelin thrower Neeraj Chopra made history as he became the first Indian to win gold at the World Championships.';
    const first = describedBy(item('Who was the first Indian to win gold at the World Championships?', { type: 'short', answerType: 'person', answer: 'Neeraj Chopra', sentence }))!;
    expect(first.description).toBe('the javelin thrower');
    expect(withDescriptions(item('Chopra is already the reigning Olympic champion from the _____ in 2021.'), [first])!.question).toBe(
      'The javelin thrower is already the reigning Olympic champion from the _____ in 2021.',
    );
    // (Two roles joined by "and" keep the first, which says which batter: "the India captain and batter".)
    const captain = describedBy(item('Who was the first Indian to score a century in the final?', { type: 'short', answerType: 'person', answer: 'Arjun Rao', sentence: 'India captain and batter Arjun Rao became the first Indian to score a century in the final.' }))!;
    expect(captain.description).toBe('the India captain and batter');
    // (A former office keeps its "former": "the chief minister" would be whoever holds it now.)
    const former = describedByRole({ answerType: 'person', answer: 'Mukul Rao', sentence: 'The seat fell vacant after former chief minister Mukul Rao vacated the seat.' });
    expect(former?.description).toBe('the former chief minister');
    // No trade before the name: the question's own words, as for an office.
    expect(describedBy(item('Who was the first Indian to win gold at the World Championships?', { type: 'short', answerType: 'person', answer: 'Neeraj Chopra', sentence: 'Neeraj Chopra became the first Indian to win gold at the World Championships.' }))?.description).toBe(
      'the first Indian to win gold at the World Championships',
    );
  });

  it('replaces a title with its place along with the name ("Prime Minister of Japan Fumio Kishida")', () => {
    const pm = asked('Who was the Prime Minister of Japan, according to the article?', 'Fumio Kishida');
    expect(withDescriptions(item('Two documents were signed by the Prime Minister of Japan Fumio Kishida and _____.'), [pm])!.question).toBe(
      'Two documents were signed by the Prime Minister of Japan and _____.',
    );
  });

  it('leaves an item alone when nothing is to be replaced or a name stands as an option', () => {
    expect(withDescriptions(item('Rajiv Kumar retired on _____.'), [cec])).toBeNull();
    expect(withDescriptions(item('Who met Gyanesh Kumar?', { type: 'mcq', options: ['Gyanesh Kumar', 'A', 'B', 'C'] }), [cec])).toBeNull();
    // A description that spells the answer out gives it away.
    const lower = asked('Who assumed charge as the 26th chief election commissioner in February 2025?', 'Gyanesh Kumar');
    expect(withDescriptions(item('He (Gyanesh Kumar) became the first _____ appointed under the new law.', { answer: 'CEC' }), [lower])).toBeNull();
    // Its own sentence keeps its words.
    expect(withDescriptions(item('Gyanesh Kumar assumed charge as the 26th _____.', { sentence: 's0' }), [cec])).toBeNull();
  });
});

describe('a person called by an office, in a text that appoints them to it', () => {
  it('makes no item that would read "The Chief of Defence Staff … was appointed as India\'s new Chief of Defence Staff"', () => {
    const cds = describedBy(item('Who was appointed the Chief of Defence Staff in September 2022?', { type: 'short', answerType: 'person', answer: 'Anil Chauhan', sentence: 's0' }))!;
    expect(withDescriptions(item('Lt Gen Anil Chauhan (Retd), a former eastern Army commander and _____, was on Wednesday appointed as India\'s new Chief of Defence Staff.', { sentence: 's3', answer: 'Director General of Military Operations' }), [cds])).toBeNull();
    // (Elsewhere the description stands.)
    expect(withDescriptions(item('Born on _____, Anil Chauhan was commissioned into the 11 Gorkha Rifles in 1981.', { sentence: 's5', answer: 'May 18, 1961', answerType: 'date' }), [cds])?.question).toBe('Born on _____, the Chief of Defence Staff was commissioned into the 11 Gorkha Rifles in 1981.');
    // (A retired officer's bracket goes with the name: no "the Chief of Defence Staff (retd)".)
    expect(withDescriptions(item('In a career spanning _____, Lt Gen Anil Chauhan (retd) held several command and staff posts.', { sentence: 's6', answer: 'nearly 40 years', answerType: 'number' }), [cds])?.question).toBe('In a career spanning _____, the Chief of Defence Staff held several command and staff posts.');
  });
});

describe('a person serving in another post', () => {
  it('is not called by the new office in a sentence that gives them the old one ("Currently serving as Secretary …, the CAG was set to retire")', () => {
    const cag = describedBy(item('Who was appointed the Comptroller and Auditor General of India in November 2024?', { type: 'short', answerType: 'person', answer: 'K Sanjay Murthy', sentence: 's0' }))!;
    expect(withDescriptions(item('Currently serving as Secretary in the Department of Higher Education under the _____, K Sanjay Murthy was set to retire on December 31, 2024.', { sentence: 's4', answer: 'Ministry of Education', answerType: 'organisation' }), [cag])).toBeNull();
    expect(withDescriptions(item('Serving as Defence Secretary till 2022, K Sanjay Murthy handled _____ reforms.', { sentence: 's5', answer: 'procurement' }), [cag])).toBeNull();
    // (Elsewhere the description stands, and where the sentence goes on to the new post.)
    expect(withDescriptions(item('K Sanjay Murthy will assume office on _____.', { sentence: 's6', answer: 'November 21, 2024', answerType: 'date' }), [cag])?.question).toMatch(/^The Comptroller and Auditor General of India will assume office on _____\.$/);
    expect(withDescriptions(item('Currently serving as Deputy CAG, K Sanjay Murthy will assume office on _____.', { sentence: 's7', answer: 'November 21, 2024', answerType: 'date' }), [cag])?.question).toMatch(/the Comptroller and Auditor General of India will assume office/);
  });
});

describe('a person called by an office whose short form is the blank', () => {
  it('makes no "The Chief Justice of Andhra Pradesh will take oath as the new _____" → CJ of Andhra Pradesh', () => {
    const cj = describedBy(item('Who was appointed the Chief Justice of Andhra Pradesh?', { type: 'short', answerType: 'person', answer: 'Prashant Kumar Mishra', sentence: 's0' }))!;
    expect(withDescriptions(item('Prashant Kumar Mishra will take oath as the new _____ on Tuesday.', { sentence: 's4', answer: 'CJ of Andhra Pradesh', answerType: 'term' }), [cj])).toBeNull();
  });
});

describe('a launched thing called by its kind and purpose', () => {
  it('drops a rest too long to read (its rocket, pad and town), keeping who launched it; a body of the sky stays in its kind', () => {
    expect(describedLaunch('Which Earth observation satellite did the Indian Space Research Organisation launch aboard its GSLV-F16 rocket from the Satish Dhawan Space Centre in Sriharikota in July 2025?', 'NISAR', 's0')?.description).toBe(
      'the Earth observation satellite launched by the Indian Space Research Organisation',
    );
    expect(describedLaunch('Which Moon lander did the Japan Aerospace Exploration Agency launch from the Tanegashima Space Center on the island of Tanegashima in Kagoshima in May 2025?', 'SLIM-2', 's0')?.description).toBe(
      'the Moon lander launched by the Japan Aerospace Exploration Agency',
    );
  });

  it('finds a scheme named after an office written the other way ("PM" for "Prime Minister"), and says who approved it, not for how long', () => {
    const scheme = describedLaunch('Which scheme did the Cabinet approve for six years?', 'Prime Minister Dhan-Dhaanya Krishi Yojana', 's0')!;
    expect(scheme.description).toBe('the scheme approved by the Cabinet');
    const it2 = withDescriptions(item('PM Dhan-Dhaanya Krishi Yojana is likely to help _____ farmers.', { answer: '1.7 crore', answerType: 'number' }), [scheme]);
    expect(it2?.question).toBe('The scheme approved by the Cabinet is likely to help _____ farmers.');
    const cm = describedLaunch('Which scheme did the Odisha Cabinet approve for women aged 21 to 60?', 'CM Subhadra Yojana', 's0')!;
    expect(withDescriptions(item('The Chief Minister Subhadra Yojana will cover _____ women.', { answer: '1 crore', answerType: 'number' }), [cm])?.question).toMatch(/^The scheme for women aged 21 to 60 will cover _____ women\.$/);
  });

  it('calls a thing by its name with its kind word capitalised, and never a longer name it opens ("IndiaAI Mission", "the IndiaAI Independent Business Division")', () => {
    const mission = describedLaunch('Which mission did the Centre approve with a budget outlay of 10,371 crore rupees?', 'IndiaAI', 's0')!;
    const it2 = withDescriptions(item('IndiaAI Mission will be implemented by the IndiaAI Independent Business Division under _____.', { answer: 'Digital India Corporation', answerType: 'organisation' }), [mission]);
    expect(it2?.question).toBe('The mission approved by the Centre with a budget outlay of 10,371 crore rupees will be implemented by the IndiaAI Independent Business Division under _____.');
  });

  it('drops the short form in brackets after the name it replaces ("the Unified Pension Scheme (UPS)")', () => {
    const scheme = describedLaunch('Which scheme did the Union Cabinet approve in August 2024?', 'Unified Pension Scheme', 's0')!;
    const it2 = withDescriptions(item('Employees will get _____ of the average basic pay as pension under the Unified Pension Scheme (UPS).', { answer: '50 per cent', answerType: 'number' }), [scheme]);
    expect(it2?.question).toBe('Employees will get _____ of the average basic pay as pension under the scheme approved by the Union Cabinet in August 2024.');
  });

  it('reads the description from the launch question, and replaces the name with its kind word', () => {
    const scheme = describedLaunch('Which scheme did the Union Cabinet approve for traditional artisans and craftspeople in August 2023?', 'PM Vishwakarma', 's0')!;
    expect(scheme.description).toBe('the scheme for traditional artisans and craftspeople');
    const it2 = withDescriptions(item('The PM Vishwakarma scheme will cover _____ traditional trades.', { answer: '18', answerType: 'number' }), [scheme]);
    expect(it2?.question).toBe('The scheme for traditional artisans and craftspeople will cover _____ traditional trades.');
    // Without a purpose: by who launched it and the rest of the question.
    expect(describedLaunch('Which mission did the Indian Space Research Organisation launch in September 2023?', 'Aditya-L1', 's0')?.description).toBe(
      'the mission launched by the Indian Space Research Organisation in September 2023',
    );
    expect(describedLaunch('What did ISRO launch in May 2025?', 'PSLV-C61', 's0')).toBeNull();
    // (Who made it goes with the kind: "the portal developed by the CBI launched by …".)
    expect(describedLaunch('Which portal developed by the CBI did Amit Shah launch at Bharat Mandapam in January 2025?', 'TRACKPOL', 's0')?.description).toBe(
      'the portal developed by the CBI launched by Amit Shah at Bharat Mandapam in January 2025',
    );
    // (Several words may describe the kind: "state-sector umbrella scheme".)
    expect(describedLaunch('Which state-sector umbrella scheme did the Assam cabinet approve in March 2025?', 'Orunodoi Yojana', 's0')?.description).toBe(
      'the state-sector umbrella scheme approved by the Assam cabinet in March 2025',
    );
  });

  it('is no item where the text gives the thing its name ("a portal named Sanchar Saathi")', () => {
    const portal = describedLaunch('Which portal did Ashwini Vaishnaw launch in May 2023?', 'Sanchar Saathi', 's0')!;
    expect(withDescriptions(item('To protect users, _____ has developed a citizen centric portal named Sanchar Saathi.', { answer: 'Department of Telecom', answerType: 'organisation', sentence: 's4' }), [portal])).toBeNull();
    // (Elsewhere the name is called by its description.)
    expect(withDescriptions(item('The Sanchar Saathi portal has helped trace _____ lost phones.', { answer: '36 lakh', answerType: 'number', sentence: 's5' }), [portal])?.question).toBe('The portal launched by Ashwini Vaishnaw in May 2023 has helped trace _____ lost phones.');
  });

  it('is no item where the text gives the person the name they were born with ("was born as …")', () => {
    const actor = describedPerson('Dharmendra Singh Deol', 's0', 'the legendary actor')!;
    expect(withDescriptions(item('Dharmendra was born as Dharmendra Singh Deol, who made his film debut in _____.', { answer: '1960', answerType: 'date', sentence: 's4' }), [actor])).toBeNull();
    // (Elsewhere the name is called by its description.)
    expect(withDescriptions(item('Dharmendra Singh Deol acted in over _____ films.', { answer: '300', answerType: 'number', sentence: 's5' }), [actor])?.question).toBe('The legendary actor acted in over _____ films.');
  });

  it('calls it by its kind alone right after the verb its description would repeat', () => {
    const nqm = describedLaunch('Which mission did the Cabinet approve in April 2023?', 'National Quantum Mission', 's2')!;
    const said = withDescriptions(item('Minister Anurag Thakur said the Union Cabinet has approved the National Quantum Mission with a budget of _____.', { answer: 'Rs 6003 crores', answerType: 'money' }), [nqm]);
    expect(said?.question).toBe('Minister Anurag Thakur said the Union Cabinet has approved the mission with a budget of _____.');
    // (Elsewhere the whole description.)
    expect(withDescriptions(item('The National Quantum Mission will set up _____ hubs.', { answer: 'four', answerType: 'number' }), [nqm])?.question).toBe('The mission approved by the Cabinet in April 2023 will set up _____ hubs.');
  });

  it('calls a thing tested for the first time so, also where the text gives its short form', () => {
    const missile = describedLaunch('Which missile did the Defence Research and Development Organisation flight-test for the first time from Chandipur in November 2024?', 'Extended Range Naval Strike Missile', 's0')!;
    expect(missile.description).toBe('the missile flight-tested for the first time by the Defence Research and Development Organisation');
    const built = withDescriptions(item('ERNSM has been developed by the _____, Hyderabad.', { answer: 'Defence Research and Development Laboratory', answerType: 'organisation' }), [missile]);
    expect(built?.question).toBe('The missile flight-tested for the first time by the Defence Research and Development Organisation has been developed by the _____, Hyderabad.');
  });

  it('leaves an item alone where the name stands before its spelt-out form and a noun ("the Proba-5 (…) mission")', () => {
    const mission = describedLaunch('Which mission did the Indian Space Research Organisation launch aboard the PSLV-C62 rocket?', 'Proba-5', 's0')!;
    expect(withDescriptions(item('The PSLV-C62 carried _____ satellites for the Proba-5 (Project for Onboard Autonomy) mission.', { answer: 'two', answerType: 'number' }), [mission])).toBeNull();
  });

  it('describes it after "for" or "under" too, and once only: by its kind after that', () => {
    const scheme = describedLaunch('Which scheme did the Union Cabinet approve?', 'PM-Shiksha', 's0')!;
    const outlay = withDescriptions(item('An outlay of _____ has been made for the PM-Shiksha scheme and 9 lakh students will benefit under the PM-Shiksha scheme.', { answer: 'Rs 2,100 crore', answerType: 'money' }), [scheme]);
    expect(outlay?.question).toBe('An outlay of _____ has been made for the scheme approved by the Union Cabinet and 9 lakh students will benefit under the scheme.');
  });

  it('keeps the purpose, not where or when it was launched', () => {
    expect(describedLaunch('Which satellite did ISRO launch for earth observation from Sriharikota today?', 'EOS-08', 's0')?.description).toBe('the satellite for earth observation');
    expect(describedLaunch('Which scheme did the Cabinet approve for dairy farmers on Wednesday?', 'Rashtriya Gokul Mission', 's0')?.description).toBe('the scheme for dairy farmers');
  });

  it('makes no item where a determiner or possessive opens the name\'s phrase', () => {
    const sat = describedLaunch('Which satellite did ISRO launch for earth observation in August 2024?', 'EOS-08', 's0')!;
    expect(withDescriptions(item('Carrying the 175.5 kg EOS-08, the rocket lifted off at _____.'), [sat])).toBeNull();
    expect(withDescriptions(item("India's EOS-08 will operate for _____ year."), [sat])).toBeNull();
    expect(withDescriptions(item('EOS-08 was placed in an orbit _____ km above Earth.'), [sat])?.question).toBe('The satellite for earth observation was placed in an orbit _____ km above Earth.');
  });

  it('makes no item where the name modifies a noun after it ("The PSLV-C60 launch is part of …")', () => {
    const rocket = describedLaunch('Which rocket did the Indian Space Research Organisation launch from Sriharikota?', 'PSLV-C60', 's0')!;
    expect(withDescriptions(item("The PSLV-C60 launch is part of ISRO's _____ mission."), [rocket])).toBeNull();
    const sat = describedLaunch('Which satellite did ISRO launch for earth observation in August 2024?', 'EOS-08', 's0')!;
    expect(withDescriptions(item('The EOS-08 mission will last _____ year.'), [sat])).toBeNull();
  });

  it('makes no item where a participle follows the name ("The Gram Seva Mission launched on the occasion of …")', () => {
    const mission = describedLaunch('Which mission did Narendra Modi launch?', 'Gram Seva Mission', 's0')!;
    expect(withDescriptions(item('The Gram Seva Mission launched on the occasion of _____ will benefit 75 districts.'), [mission])).toBeNull();
    expect(withDescriptions(item('The Gram Seva Mission will benefit _____ districts.'), [mission])?.question).toMatch(/^The mission launched by Narendra Modi will benefit/);
  });
});


describe('a diplomat or a bureaucrat before the name', () => {
  it('leaves the item alone ("Seasoned diplomat Vikram Misri" never reads "Seasoned diplomat the Foreign Secretary")', () => {
    const fs = asked('Who assumed charge as the Foreign Secretary in July 2024?', 'Vikram Misri');
    expect(withDescriptions(item('Seasoned diplomat Vikram Misri on Monday assumed charge, succeeding Mr _____.'), [fs])).toBeNull();
    expect(withDescriptions(item('Veteran bureaucrat Vikram Misri headed the _____ earlier.'), [fs])).toBeNull();
  });
});

describe('a launched thing where the text calls it in its own way', () => {
  const mission = describedLaunch('Which mission did the Union Cabinet approve in November 2024?', 'National Mission on Natural Farming', 's0')!;
  it('is called by its kind alone after "approved launching of"', () => {
    const said = withDescriptions(item('The Union Cabinet on Monday approved launching of National Mission on Natural Farming, with an outlay of _____.', { answer: 'Rs 2481 crore', answerType: 'money' }), [mission]);
    expect(said?.question).toBe('The Union Cabinet on Monday approved launching of the mission, with an outlay of _____.');
  });
  it('is never described inside the quotes or after the modifier the name was written with', () => {
    const quoted = withDescriptions(item('A _____ "National Mission on Natural Farming" was announced in the Budget.', { answer: 'six-year', answerType: 'number' }), [mission]);
    expect(quoted).toBeNull();
    const modified = withDescriptions(item('The 5-year National Mission on Natural Farming will cover _____ farmers.', { answer: '1 crore', answerType: 'number' }), [mission]);
    expect(modified).toBeNull();
  });
});

describe('a person named as a case', () => {
  it('is never described in it: "the the Chief Justice of India judgment" names no case', async () => {
    const { describedPerson } = await import('../../src/generate/describe-people.js');
    const cji = describedPerson('DY Chandrachud', 's0', 'the Chief Justice of India')!;
    expect(withDescriptions(item('The court said the interpretation of the DY Chandrachud judgment contradicts Article _____.', { answer: '105', answerType: 'number' }), [cji])).toBeNull();
    // (Elsewhere the description stands in.)
    expect(withDescriptions(item('DY Chandrachud led the bench that heard the case in _____.', { answer: '2024', answerType: 'year' }), [cji])?.question).toBe('The Chief Justice of India led the bench that heard the case in _____.');
  });
});

describe('a title whose place is written with "&"', () => {
  it('goes whole with the name ("Former Jammu & Kashmir Governor Satya Pal Malik" → "The former Jammu & Kashmir Governor")', () => {
    const malik = describedBy(item('Which former Jammu & Kashmir Governor passed away?', { type: 'short', answerType: 'person', answer: 'Satya Pal Malik', sentence: 's0' }))!;
    const out = withDescriptions(item('Former Jammu & Kashmir Governor Satya Pal Malik passed away on Tuesday at _____ in New Delhi.'), [malik]);
    expect(out!.question).toBe('The former Jammu & Kashmir Governor passed away on Tuesday at _____ in New Delhi.');
  });
});

describe('a name after a plural role', () => {
  it('is never described there ("picked retired IAS officers Gyanesh Kumar and …")', () => {
    const ias = asked('Who is a 1988 batch IAS officer of Kerala cadre?', 'Gyanesh Kumar');
    expect(withDescriptions(item('A committee headed by Prime Minister Narendra Modi has picked retired IAS officers Gyanesh Kumar and Sukhbir Singh Sandhu, Congress leader _____ said.'), [ias])).toBeNull();
  });
});

describe('a name set off after its own description', () => {
  it('goes with its commas ("called on the King of Bhutan, Jigme Khesar Namgyel Wangchuck and held talks")', () => {
    const king = asked('Who was the King of Bhutan, according to the article?', 'Jigme Khesar Namgyel Wangchuck');
    const out = withDescriptions(item('Modi arrived in Bhutan on Friday for a _____ State visit and called on the King of Bhutan, Jigme Khesar Namgyel Wangchuck and held talks with Prime Minister Tobgay.'), [king]);
    expect(out!.question).toBe('Modi arrived in Bhutan on Friday for a _____ State visit and called on the King of Bhutan and held talks with Prime Minister Tobgay.');
    const cji = asked('Who was the Chief Justice of India, according to the article?', 'Sanjiv Khanna');
    expect(withDescriptions(item('The collegium headed by the Chief Justice of India, Sanjiv Khanna, recommended _____ names.'), [cji])!.question).toBe('The collegium headed by the Chief Justice of India recommended _____ names.');
  });

  it('goes with its commas after any description ending on a role ("… and three-time chief minister, Mulayam Singh Yadav, rose …")', () => {
    const founder = asked('Which Samajwadi Party founder passed away?', 'Mulayam Singh Yadav');
    const out = withDescriptions(item('The Samajwadi Party (SP) founder and three-time Uttar Pradesh chief minister, Mulayam Singh Yadav, rose in UP politics after the _____.'), [founder]);
    expect(out!.question).toBe('The Samajwadi Party (SP) founder and three-time Uttar Pradesh chief minister rose in UP politics after the _____.');
    // (A description that opens the sentence without its article takes one: "The eighteen-year-old
    // Indian archer overcame …", never "Eighteen-year-old Indian archer overcame …".)
    const archer = asked("Who was India's first woman Para World Archery Champion?", 'Sheetal Devi');
    expect(withDescriptions(item('Eighteen-year-old Indian archer, Sheetal Devi, overcame formidable odds to win gold at the _____.'), [archer])!.question).toBe('The eighteen-year-old Indian archer overcame formidable odds to win gold at the _____.');
    expect(withDescriptions(item('Former Uttar Pradesh chief minister, Mulayam Singh Yadav, rose in UP politics after the _____.'), [founder])!.question).toBe('The former Uttar Pradesh chief minister rose in UP politics after the _____.');
  });
});

describe('a winner described by an honour the text names already', () => {
  it('is not described ("requesting Bharat Ratna for the winner of the Bharat Ratna")', () => {
    const winner = asked('Who was awarded the Bharat Ratna?', 'Karpoori Thakur');
    expect(withDescriptions(item('Nitish Kumar had written to the Centre, requesting Bharat Ratna for Karpoori Thakur, in 2007 and again in _____.'), [winner])).toBeNull();
    // (Where the text names no honour, the description stands in.)
    expect(withDescriptions(item('Nitish Kumar visits the village of Karpoori Thakur, re-named _____, every year.'), [winner])!.question).toMatch(/winner of the Bharat Ratna/);
  });
});

describe('a name spoken of as a word', () => {
  it('stays ("he used his gotra Garg as his surname")', () => {
    const garg = describedBy(item('Which famous Assamese singer passed away?', { type: 'short', answerType: 'person', answer: 'Zubeen Garg', sentence: 's0' }))!;
    const out = withDescriptions(item('Zubeen Garg was named after the conductor _____, and he used his gotra Garg as his surname.'), [garg]);
    expect(out!.question).toMatch(/used his gotra Garg as his surname/);
    expect(out!.question).toMatch(/^The famous Assamese singer was named after/);
  });
});

describe('a person named at the opening of a body\'s name', () => {
  it('is no mention of them ("the MS Swaminathan Research Foundation" stays whole)', () => {
    const dead = asked('Which visionary scientist and father of the Green Revolution in India passed away?', 'MS Swaminathan');
    const it2 = withDescriptions(item('MS Swaminathan was awarded the first _____ in 1987 following which he set up the MS Swaminathan Research Foundation in Chennai.', { answer: 'World Food Prize' }), [dead]);
    expect(it2?.question).toMatch(/\bthe MS Swaminathan Research Foundation in Chennai\.$/);
    expect(it2?.question).toMatch(/^The (?:visionary scientist and )?father of the Green Revolution in India was awarded/);
  });
});

describe('a person asked as the first of a kind, in the set\'s other items', () => {
  const murmu = describedBy(item('Who was the first tribal woman to be elected to the highest post in the country?', {
    type: 'short', answerType: 'person', answer: 'Droupadi Murmu', sentence: 'Scripting history Thursday, NDA candidate Droupadi Murmu became the first tribal woman to be elected to the highest post in the country.',
  }))!;

  it('is called by the party or alliance that put them up ("NDA candidate Droupadi Murmu" → "the NDA candidate")', () => {
    expect(murmu.description).toBe('the NDA candidate');
    expect(withDescriptions(item('Murmu, former Governor of Jharkhand, trounced challenger and Opposition candidate _____.', { answer: 'Yashwant Sinha', answerType: 'person' }), [murmu])?.question).toBe(
      'The NDA candidate, former Governor of Jharkhand, trounced challenger and Opposition candidate _____.',
    );
    const mp = describedBy(item('Who was the first woman to win the Tura seat?', { type: 'short', answerType: 'person', answer: 'Agatha Sangma', sentence: 'NPP leader Agatha Sangma was the first woman to win the Tura seat.' }))!;
    expect(mp.description).toBe('the NPP leader');
    // (Its short form in brackets after its name too.)
    const founder = describedByRole({ answer: 'Shibu Soren', answerType: 'person', sentence: 'Mamata Banerjee mourned the demise of Jharkhand Mukti Morcha (JMM) founder Shibu Soren on Monday.' });
    expect(founder?.description).toBe('the JMM founder');
  });

  it('is never put into a quotation in their name\'s place: the item is not made', () => {
    expect(withDescriptions(item('Who said “Heartiest congratulations and best wishes to Smt. Droupadi Murmu on being elected as the 15th President of India”?', { answer: 'Ram Nath Kovind', answerType: 'person', type: 'short' }), [murmu])).toBeNull();
  });
});

describe('describedByRole: an office never opened by "and"', () => {
  it('reads "… districts of Tamil Nadu and Chief Minister M K Stalin" as "the Chief Minister"', () => {
    const who = describedByRole({ answer: 'M K Stalin', answerType: 'person', sentence: 'Heavy rain overwhelmed four southern districts of Tamil Nadu and Chief Minister M K Stalin arrived on Monday in Delhi.' });
    expect(who?.description).toBe('the Chief Minister');
  });
});

describe('a successor described by the office the set asks them for', () => {
  it('is asked whom they succeed, the office said once ("Whom will the new chairman of the International Cricket Council succeed?")', () => {
    const shah = describedByQuestion({ question: 'Who has been elected as the new chairman of the International Cricket Council?', answer: 'Jay Shah', sentence: 'Jay Shah has been elected as the new chairman of the International Cricket Council.', answerType: 'person' }, false)!;
    expect(shah.description).toBe('the new chairman of the International Cricket Council');
    const item = { type: 'short', question: 'Whom will Jay Shah succeed as chairman of the International Cricket Council?', answer: 'Greg Barclay', sentence: 'The 35-year-old will succeed New Zealander Greg Barclay as chairman of the cricket governing body.', answerType: 'person' } as Item;
    expect(withDescriptions(item, [shah])?.question).toBe('Whom will the new chairman of the International Cricket Council succeed?');
  });
});

describe('a thing called by its record', () => {
  it('is described where it stands alone, never inside a longer name past its edition ("the Swachh Survekshan 2024–25 Awards")', () => {
    const survey = describedRecord('Which is the world’s largest urban cleanliness survey?', 'Swachh Survekshan', 's0')!;
    expect(survey.description).toBe('the world’s largest urban cleanliness survey');
    expect(survey.find('Swachh Survekshan assesses cities on waste management.')).toEqual([[0, 17]]);
    expect(survey.find('The President presented the Swachh Survekshan 2024–25 Awards on Thursday.')).toEqual([]);
  });

  it('is described with its year, which goes with it ("the Khelo Bharat Niti 2025 will supersede …")', () => {
    const niti = describedLaunch('Which policy did the cabinet approve to create world-class systems of coaching?', 'Khelo Bharat Niti', 's0')!;
    expect(niti.find('Previously called the National Sports Policy, the Khelo Bharat Niti 2025 will supersede the 2001 policy.')).toEqual([[46, 72]]);
  });

  it('is described by the short form its sentence gives too ("the Bharat Forecast System (BFS)" → "The BFS, which …")', () => {
    const bfs = describedRecord('Which is the world’s highest-resolution numerical weather prediction model?', 'Bharat Forecast System', 'The Centre launched the Bharat Forecast System (BFS) on Monday, the world’s highest-resolution numerical weather prediction model.')!;
    expect(bfs.find('The BFS will be used for the monsoon season.').length).toBe(1);
  });
});

describe('a launched thing where the text names who launched it', () => {
  it('is called by its bare kind ("Nayab Singh Saini unveiled the scheme …", "… for the scheme by the BJP government")', () => {
    const scheme = describedLaunch('Which scheme did Haryana Chief Minister Nayab Singh Saini launch in September 2025?', 'Deen Dayal Lado Lakshmi Yojana', 's0')!;
    expect(scheme.description).toMatch(/^the scheme launched by Haryana Chief Minister Nayab Singh Saini/);
    const unveiled = withDescriptions(item('Saini unveiled the Deen Dayal Lado Lakshmi Yojana and a mobile app at a ceremony in _____.', { answer: 'Panchkula', sentence: 's1' }), [scheme]);
    expect(unveiled?.question).toBe('Saini unveiled the scheme and a mobile app at a ceremony in _____.');
    const budget = withDescriptions(item('A provision of _____ was made for the Deen Dayal Lado Lakshmi Yojana by the BJP government.', { answer: 'Rs 5,000 crore', sentence: 's2' }), [scheme]);
    expect(budget?.question).toBe('A provision of _____ was made for the scheme by the BJP government.');
  });
});
