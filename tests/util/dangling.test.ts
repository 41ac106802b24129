import { describe, expect, it } from 'vitest';
import { opensOnExpletiveIt, hasDanglingReference } from '../../src/util/dangling.js';

describe('hasDanglingReference', () => {
  it('flags "him" as the object of the asked one\'s own verb ("Who supported him well …?"), not in a clause of its own', () => {
    expect(hasDanglingReference('Who supported him well, scoring 34 runs before Varun Chakravarthy sent him packing?')).toBe(true);
    expect(hasDanglingReference('Who asked the court to release him on bail in March 2024?')).toBe(false);
    expect(hasDanglingReference('Glenn Phillips supported him well, scoring _____ runs in Dubai.')).toBe(true);
    expect(hasDanglingReference('Glenn Phillips said the crowd had supported him well in Dubai.')).toBe(false);
  });

  it('flags the cost of a project the text does not name ("The estimated project cost was _____.")', () => {
    expect(hasDanglingReference('The estimated project cost was _____.')).toBe(true);
    expect(hasDanglingReference('The estimated project cost at the time of award was _____.')).toBe(true);
    expect(hasDanglingReference('The estimated cost of the Tawang Hydroelectric Project was _____.')).toBe(false);
  });

  it('reads "their" after a count in words as theirs ("Twelve people lost their lives …")', () => {
    expect(hasDanglingReference('Twelve people lost their lives and _____ others were injured in a stampede.')).toBe(false);
    expect(hasDanglingReference('Hundreds of devotees lost their lives in _____.')).toBe(false);
  });

  it('reads "they" after a name and "his counterpart" as the two of them', () => {
    expect(hasDanglingReference('Prime Minister Narendra Modi and his Nepalese counterpart Sher Bahadur Deuba held talks at Lumbini where they signed _____ MoUs.')).toBe(false);
    expect(hasDanglingReference('The talks were held at Lumbini where they signed _____ MoUs.')).toBe(true);
  });

  it('flags "followed closely behind" and "followed suit": behind whom, the sentence before said', () => {
    expect(hasDanglingReference('Sierra Leone and Lebanon followed closely behind.')).toBe(true);
    expect(hasDanglingReference('Other states followed suit.')).toBe(true);
    expect(hasDanglingReference('Which two countries followed closely behind?')).toBe(true);
    expect(hasDanglingReference('Denmark topped the index, followed closely behind by Iceland.')).toBe(false);
    expect(hasDanglingReference('Following closely behind is _____, with visa-free access to 193 countries.')).toBe(true);
    expect(hasDanglingReference('Close behind was Germany, with _____ destinations.')).toBe(true);
  });

  it('reads a season by what it is of ("this ongoing nesting season", "this kharif season") as plain as "this season"', () => {
    expect(hasDanglingReference('Over _____ Olive Ridley sea turtles have laid eggs at the Rushikulya rookery in this ongoing nesting season, officials said.')).toBe(false);
    expect(hasDanglingReference('Farmers sowed paddy over _____ hectares this kharif season in Odisha.')).toBe(false);
    // (Not a thing pointed at: "this nesting site" is some site said before.)
    expect(hasDanglingReference('Over _____ turtles have laid eggs at this nesting site, officials said.')).toBe(true);
  });

  it('reads "this decade" as plain as "this year"', () => {
    expect(hasDanglingReference('The Union Cabinet has approved the National Quantum Mission at a total outlay of _____ over this decade.')).toBe(false);
  });

  it('reads an opening\'s "he" as the main clause\'s "him", not its subject, where the clause has one', () => {
    expect(hasDanglingReference('After he was elected, CM Rekha Gupta and the Leader of Opposition accompanied him to the chair.')).toBe(true);
    expect(hasDanglingReference('After he was elected, Vijender Gupta thanked the House.')).toBe(false);
  });

  it('reads an opening "As part of its …," as the body named right after it', () => {
    expect(hasDanglingReference('As part of its efforts to clean up the electoral processes, the Election Commission of India said that it has delisted _____ parties.')).toBe(false);
    expect(hasDanglingReference('As part of its efforts to clean up the electoral processes, officials delisted _____ parties.')).toBe(true);
  });

  it('reads an "it" after a named owner\'s thing as that thing ("India\'s industrial production turned negative as it contracted …")', () => {
    expect(hasDanglingReference("After a gap of nearly two years, India's industrial production turned negative as it contracted by _____ in August.")).toBe(false);
    expect(hasDanglingReference('After a gap of two years, it contracted by _____ in August.')).toBe(true);
  });

  it('flags "the one", "the other" opening the text: one of things the sentence before named', () => {
    expect(hasDanglingReference('The one in 1976 developed over _____ and moved west-northwestwards.')).toBe(true);
    expect(hasDanglingReference('The other was held at _____ in March.')).toBe(true);
    expect(hasDanglingReference('The one-day match was played at _____.')).toBe(false);
    expect(hasDanglingReference('The other side of the river was flooded by _____.')).toBe(false);
    expect(hasDanglingReference('The other major sources of inflows are software services, each crossing _____ last year.')).toBe(false);
  });

  it('flags a body by its kind opening the text ("The non-government organisation, also known as _____, …")', () => {
    expect(hasDanglingReference('The non-government organisation, also known as _____, has published the index since 2002.')).toBe(true);
    expect(hasDanglingReference('The Paris-based Reporters Without Borders has published the index since 2002.')).toBe(false);
  });

  it('flags a minister in lower case with no name ("The prime minister said …"), not the office in general', () => {
    expect(hasDanglingReference('The prime minister said _____ has been suffering the brunt of terrorism.')).toBe(true);
    expect(hasDanglingReference("Suresh Patil and Anil Deshmukh are the leading candidates for the chief minister's post.")).toBe(false);
    expect(hasDanglingReference('The prime minister of Nepal met the delegation in Kathmandu.')).toBe(false);
  });

  it('flags a leader or candidate the text opens on, and "both the candidates", with no name', () => {
    expect(hasDanglingReference('The Congress leader had defeated Grover by _____ votes.')).toBe(true);
    expect(hasDanglingReference('In the _____ assembly elections, both the candidates had faced each other.')).toBe(true);
    // (Named, they lean on nothing: "The Congress leader Rahul Gandhi said …", "both the candidates, Batra and Grover".)
    expect(hasDanglingReference('The Congress leader Rahul Gandhi said the result was a surprise.')).toBe(false);
    expect(hasDanglingReference('The veteran singer died in Kolkata, aged _____.')).toBe(false);
  });

  it('flags a pronoun closing the text, its noun in another sentence ("… heard a plea against it.")', () => {
    expect(hasDanglingReference('The High Court heard a plea against it.')).toBe(true);
    expect(hasDanglingReference('The Cabinet had approved a similar plan for them.')).toBe(true);
    // (In a longer text its noun most often stands before it.)
    expect(hasDanglingReference('Anil Mehta said that the footbridge gave way when there were about 40 people on it.')).toBe(false);
  });

  it('reads "it" after a participle as the one-word name brought in before it ("an agreement with Kenya giving it …")', () => {
    expect(hasDanglingReference('India today signed an agreement with Kenya giving it 500 million dollars in credit.')).toBe(false);
    expect(hasDanglingReference('India today signed an agreement giving it 500 million dollars in credit.')).toBe(true);
  });

  it('reads a sentence opening on a bare office with its verb ("Prime Minister is on a two-day state visit …") as leaning on a name elsewhere', () => {
    expect(hasDanglingReference('Prime Minister is on a two-day state visit to Mauritius on March 11-12.')).toBe(true);
    expect(hasDanglingReference('Chief Minister will inaugurate the bridge on Friday.')).toBe(true);
    expect(hasDanglingReference('Prime Minister Narendra Modi is on a two-day state visit to Mauritius.')).toBe(false);
  });

  it('reads a sentence opening on bare services or flights that resumed or stopped as leaning on the one before', () => {
    expect(hasDanglingReference('Services resumed at 4:00 am on December 1.')).toBe(true);
    expect(hasDanglingReference('Flights were suspended for six hours at the airport.')).toBe(true);
    expect(hasDanglingReference('Air India services resumed at Chennai on Monday.')).toBe(false);
  });

  it('reads "it" as the subject after a country or a body\'s short form opening the text ("Singapore emerges … as it provides …")', () => {
    expect(hasDanglingReference('Singapore emerges as a frontrunner as it provides visa-free entry to 193 destinations.')).toBe(false);
    expect(hasDanglingReference('ISRO said it will launch the satellite in March.')).toBe(false);
    // (Not a person's name: "Modi said it was historic" may mean anything.)
    expect(hasDanglingReference('Modi said it was a historic day for the country.')).toBe(true);
    // (Nor past a comma, where another clause may have its own subject.)
    expect(hasDanglingReference('Singapore, the report said, holds it dear.')).toBe(true);
  });

  it('reads "It is expected to …" as a thing’s "it", and "It is expected that …" as standing for nothing', () => {
    expect(hasDanglingReference('It is expected to land on the Moon’s south pole on September 7.')).toBe(true);
    expect(hasDanglingReference('It is expected that prices will rise by March.')).toBe(false);
  });

  it('reads "those who …" as saying who they are ("families of those who died of COVID-19")', () => {
    expect(hasDanglingReference('The court granted an extension to frame guidelines for compensation to families of those who died of COVID-19.')).toBe(false);
    expect(hasDanglingReference('The court granted an extension to those families.')).toBe(true);
  });

  it('reads an "its" in an opening phrase as the body named right after it ("In its second stage of …, the IMD has stated …")', () => {
    expect(hasDanglingReference('In its second stage of Long Range Forecast (LRF), the IMD has stated that rainfall would be 96 per cent of the average.')).toBe(false);
    expect(hasDanglingReference('In its second stage of the forecast, rainfall would be 96 per cent of the average.')).toBe(true);
  });

  it('flags a pronoun with nothing before it to point to', () => {
    expect(hasDanglingReference('He became the first foreign minister to visit Tokyo.')).toBe(true);
    expect(hasDanglingReference('Their child was born in 2010.')).toBe(true);
    expect(hasDanglingReference('This arrangement ended in 2015.')).toBe(true);
    // An opening "In Kerala," is no one: a capitalised preposition does not make a name.
    expect(hasDanglingReference('In Kerala, he headed various departments such as Finance Resources.')).toBe(true);
    expect(hasDanglingReference('After Tuesday, she will lead the panel.')).toBe(true);
    expect(hasDanglingReference('In 2017, Barack Obama said he would visit Delhi.')).toBe(false);
    // "its" after the body it belongs to.
    expect(hasDanglingReference('Union Minister Anurag Thakur said the Union Cabinet has given its nod to the scheme.')).toBe(false);
    expect(hasDanglingReference('It was declared a World Heritage Site in 1985.')).toBe(true);
    expect(hasDanglingReference('In 2019, its budget was cut by half.')).toBe(true);
    // An office with no name and no "of …" names no one; with them, or as the telling at the end, it is fine.
    expect(hasDanglingReference('The Minister said that various frauds can take place by misusing mobile phones.')).toBe(true);
    expect(hasDanglingReference('What is the Chair’s theme called?')).toBe(true);
    expect(hasDanglingReference('The Minister of State Rajeev Chandrasekhar launched the portal.')).toBe(false);
    expect(hasDanglingReference('The Monetary Policy Committee kept the repo rate at 6.5 per cent, the Governor said.')).toBe(false);
    // ("Each beneficiary will be allotted …" leans on the sentence before; "Each year, …" does not.)
    expect(hasDanglingReference('Each beneficiary will be allotted up to 1,200 tonnes of capacity.')).toBe(true);
    expect(hasDanglingReference('Each year the festival draws two lakh visitors to Hampi.')).toBe(false);
    // ("The 61-year-old, a celebrated Army officer, will …": a person by age, an apposition after it.)
    expect(hasDanglingReference('The 61-year-old, a celebrated Army officer, will also serve as Secretary in the ministry.')).toBe(true);
    // (Two titles of one office before its "of …" name it too; without the "of", still no one.)
    expect(hasDanglingReference('Who was appointed the Chairman and Managing Director of Coal India Limited?')).toBe(false);
    expect(hasDanglingReference('The Chairman and Managing Director said output rose.')).toBe(true);
    // "The remaining …", "The state has …": the rest of what, which state; "the state visit" and
    // "the rest of the country" name enough.
    expect(hasDanglingReference('For the remaining crops, the margin is estimated at 50 per cent.')).toBe(true);
    expect(hasDanglingReference('The state has a total of 70 assembly seats.')).toBe(true);
    expect(hasDanglingReference('India and the Maldives signed eight MoUs during the state visit of President Muizzu.')).toBe(false);
    expect(hasDanglingReference('National Highway-10 is a crucial link between Sikkim and the rest of the country.')).toBe(false);
    // The one-word subject of a reported clause owns its "its"; a pronoun opening it does not.
    expect(hasDanglingReference('The latest UNDP report noted that India improved its HDI value from 0.676 in 2022.')).toBe(false);
    expect(hasDanglingReference('The latest report noted that it improved its HDI value from 0.676 in 2022.')).toBe(true);
    expect(hasDanglingReference('Mozilla Firefox, its main rival, has been gaining users.')).toBe(true);
    // A question whose one name inside it is what "its" belongs to; a month is no such name.
    expect(hasDanglingReference('Who, a member of Scientology all his life, was arrested after leaving its elite group the Sea Org?')).toBe(false);
    expect(hasDanglingReference('Which agency said in March that its budget was cut?')).toBe(true);
    expect(hasDanglingReference('Who said ISRO and NASA would share its data?')).toBe(true);
    // "it" after a thing of two or more capitalised words, or a code name; alone, never sure.
    expect(hasDanglingReference('Microsoft’s Internet Explorer 6 is one of the most successful products, used by millions who still run it.')).toBe(false);
    expect(hasDanglingReference('IE6 shipped with Windows XP, and many still run it.')).toBe(false);
    expect(hasDanglingReference('The minister said it was a historic day.')).toBe(true);
    // The object of a verb is not the name that verb follows.
    expect(hasDanglingReference('New Delhi signed it on February 1, 1982.')).toBe(true);
    expect(hasDanglingReference('This is the ninth month in a row that the GST collection has come in above the mark.')).toBe(false);
    expect(hasDanglingReference('This is the decision the court had sought.')).toBe(true);
    // A code name is what "its" can belong to.
    expect(hasDanglingReference("India's maiden solar mission, Aditya-L1, reached its destination on Saturday.")).toBe(false);
    // "It is the eighth consecutive time that …" points at nothing: a cleft.
    expect(hasDanglingReference('It is the eighth consecutive time that the RBI has kept the rate unchanged at 6.5%.')).toBe(false);
    expect(hasDanglingReference('The Ramsar Convention was adopted in 1971, and New Delhi signed it in 1982.')).toBe(false);
    expect(hasDanglingReference('In May, it was unveiled in Delhi.')).toBe(true);
    // A "his" in an opening phrase is the subject's named right after its comma.
    expect(hasDanglingReference('On the last day of his state visit, PM Narendra Modi jointly inaugurated the institute.')).toBe(false);
    expect(hasDanglingReference('On the last day of his state visit, the institute was inaugurated.')).toBe(true);
  });

  it('flags a text opening on "The party" or "The company", named in the sentence before', () => {
    expect(hasDanglingReference('The party, which ruled Delhi for 15 years from _____, registered a zero tally.')).toBe(true);
    expect(hasDanglingReference('The company reported a net profit of _____ in the quarter.')).toBe(true);
    expect(hasDanglingReference('The Congress party, which ruled Delhi for 15 years, registered a zero tally.')).toBe(false);
    expect(hasDanglingReference('The party system of India was studied by _____ in 1964.')).toBe(false);
  });

  it('lets "its" pass after a one-word subject though a figure before it is written with commas', () => {
    expect(hasDanglingReference('India on Monday signed a ₹63,000-crore defence deal with France to procure 26 Rafale marine fighter jets for its navy.')).toBe(false);
    expect(hasDanglingReference('India, on Monday, signed a deal with France to procure jets for its navy.')).toBe(true);
  });

  it('lets a pronoun whose antecedent comes first pass, and quoted words', () => {
    expect(hasDanglingReference('Thomas Sam and his wife moved to Kerala.')).toBe(false);
    // (A team, a pair or a family is "they": "The Indian men’s team etched their name …".)
    expect(hasDanglingReference('The Indian men’s team etched their name in the history books as they won the Thomas Cup title.')).toBe(false);
    expect(hasDanglingReference("In a historic triumph, the Indian women's badminton team clinched their maiden gold at the Badminton Asia Championships.")).toBe(false);
    // (One name opening the text as its subject is someone a "him" can be: "Ashwin retires …, leaving him …".)
    expect(hasDanglingReference('Ashwin retires from the game with 537 scalps in 106 games, leaving him only behind Anil Kumble.')).toBe(false);
    expect(hasDanglingReference('Who settled for silver after she lost to Yui Susaki in the final?')).toBe(true);
    expect(hasDanglingReference('The report said it was leaving him behind.')).toBe(true);
    expect(hasDanglingReference('Three years later, he wrote history by clinching the bronze medal.')).toBe(true);
    expect(hasDanglingReference('The doubles pair saved four match points before they won the decider.')).toBe(false);
    expect(hasDanglingReference('They won the Thomas Cup title for the first time.')).toBe(true);
    // (So is a people's name before a plural: "Indian shooters ended their campaign …".)
    expect(hasDanglingReference('Indian shooters ended their campaign with the best-ever record of 38 medals.')).toBe(false);
    expect(hasDanglingReference('Sergei Lavrov and Taro Kono said they would meet again.')).toBe(false);
    expect(hasDanglingReference('Lavrov called the talks “useful for us”.')).toBe(false);
  });

  it('lets "this session", "this fiscal" pass: a time the article fixes', () => {
    expect(hasDanglingReference('UNESCO listed the Capitol Complex among its World Heritage Sites, approving all three nominations linked to India this session.')).toBe(false);
  });

  it('reads an "its" in a change set off by a comma ("…, up 0.7 percentage point from its October forecast") as the subject\'s', () => {
    expect(hasDanglingReference("The IMF on Monday raised India's growth projection to 7.3 per cent for fiscal 2025-26, up 0.7 percentage point from its October forecast.")).toBe(false);
    expect(hasDanglingReference('India on Friday reported exports of USD 41 billion, down 2 per cent from its level a year ago.')).toBe(false);
    expect(hasDanglingReference('The RBI cut the repo rate to 5.25 per cent, a drop of 25 basis points from its previous level.')).toBe(false);
    // (Only a change: another aside after a comma may be about someone else.)
    expect(hasDanglingReference("The IMF on Monday raised India's growth projection to 7.3 per cent, citing its October forecast.")).toBe(true);
    expect(hasDanglingReference('It raised the projection to 7.3 per cent, up 0.7 percentage point from its October forecast.')).toBe(true);
  });

  it('lets "its" pass right after "<Name> and" ("the river Ganga and its tributaries")', () => {
    expect(hasDanglingReference('The survey found 6,327 dolphins in the river Ganga and its tributaries.')).toBe(false);
    // (And "them" after a plural with two words before its noun: "the only riverine dolphins … 6,327 of them".)
    expect(hasDanglingReference('The first estimate of Gangetic dolphins, the only riverine dolphins in India, has found 6,327 of them in the river Ganga and its tributaries.')).toBe(false);
  });

  it('flags "the latter", which points at the second of two things named before', () => {
    expect(hasDanglingReference('Incidentally, the semi-finals loss in the latter had come against Hasanboy Dusmatov.')).toBe(true);
    // ("… were the other two recipients": the other two of those named before.)
    expect(hasDanglingReference('Sulabh founder Bindeshwar Pathak and dancer Padma Subrahmanyam were the other two recipients.')).toBe(true);
    expect(hasDanglingReference('The two other ministers, Anil Rao and Mira Das, were sworn in on Monday.')).toBe(false);
    // (A capitalised "We" inside a title points at no one: "All We Imagine As Light".)
    expect(hasDanglingReference("The team of Payal Kapadia's All We Imagine As Light won the Grand Prix at the 77th Cannes Film Festival.")).toBe(false);
    expect(hasDanglingReference('We won the Grand Prix at the 77th Cannes Film Festival.')).toBe(true);
  });

  it('lets "their" pass after two people named and "and" ("Varad Giri, herpetologist R Chaitanya and their team")', () => {
    expect(hasDanglingReference('Researcher Varad Giri, herpetologist R Chaitanya and their team have discovered six new species of geckos.')).toBe(false);
    expect(hasDanglingReference('The researchers and their team have discovered six new species of geckos.')).toBe(true);
  });

  it('lets "their" pass after a counted or owned plural noun, or a blank where the count stood', () => {
    expect(hasDanglingReference("With a haul of 107 medals, India's 655 representatives surpassed their own previous record.")).toBe(false);
    expect(hasDanglingReference("With a haul of 107 medals, India's _____ representatives surpassed their own previous record.")).toBe(false);
    expect(hasDanglingReference('About 300 farmers met the minister and presented their demands.')).toBe(false);
    expect(hasDanglingReference('The minister met them on Monday.')).toBe(true);
  });

  it('lets "; this has …" pass: it is the clause before the semicolon', () => {
    expect(hasDanglingReference('Exports rose 12 percent in 2023; this has lifted the trade surplus to $30 billion.')).toBe(false);
    expect(hasDanglingReference('This has lifted the trade surplus to $30 billion.')).toBe(true);
    expect(hasDanglingReference('Exports rose 12 percent in 2023; this policy has lifted the surplus.')).toBe(true);
  });

  it('flags "that" before a noun that points back, but not "that" joining a clause', () => {
    expect(hasDanglingReference('The Greek Orthodox Church estimates that number is closer to 40,000.')).toBe(true);
    expect(hasDanglingReference('At that time, one in three visits to the site came from BBC News.')).toBe(true);
    expect(hasDanglingReference('On that day, the museum reopened.')).toBe(true);
    expect(hasDanglingReference('The ministry said that prices rose by 4 percent in March.')).toBe(false);
    expect(hasDanglingReference('Officials confirmed that the number of pilgrims rose.')).toBe(false);
  });

  it('flags "the two countries" and "the two leaders": which two, the text does not say', () => {
    expect(hasDanglingReference('Bilateral trade between the two countries stood at $52.76 billion.')).toBe(true);
    expect(hasDanglingReference('The two leaders agreed to revive stalled talks.')).toBe(true);
    expect(hasDanglingReference('Bilateral trade between India and Saudi Arabia stood at $52.76 billion.')).toBe(false);
    expect(hasDanglingReference('The two-day summit ended in Delhi.')).toBe(false);
  });
});

describe('"its" after a one-word name that opens the text', () => {
  it('belongs to that name, as subject', () => {
    expect(hasDanglingReference("India on Thursday launched its own imaging satellite from Sriharikota.")).toBe(false);
    expect(hasDanglingReference('ISRO said its next mission would carry three astronauts.')).toBe(false);
  });

  it('but not after a comma, a question word or an opening preposition', () => {
    expect(hasDanglingReference('Microsoft, a rival of Google, said its browser was safer.')).toBe(true);
    expect(hasDanglingReference('Who said the State had achieved its goal?')).toBe(true);
    expect(hasDanglingReference('Later its budget was cut by half.')).toBe(true);
  });
});

describe('"US" is a country, "us" a pronoun', () => {
  it('tells them apart by case', () => {
    expect(hasDanglingReference('Which satellite did ISRO launch along with 13 nano satellites from the US?')).toBe(false);
    expect(hasDanglingReference('The minister told us the plan would be ready by March.')).toBe(true);
  });
});

describe('"his" after the name of a body', () => {
  it('dangles: a group, a ministry or a hospital is no one "his" can be', () => {
    expect(hasDanglingReference('The Tata Group announced his passing late Wednesday night.')).toBe(true);
    expect(hasDanglingReference('The Home Ministry rejected his plea for a transfer.')).toBe(true);
    // (Nor a centre, a laboratory or a mission: "The _____, which he heads, …".)
    expect(hasDanglingReference('The Vikram Sarabhai Space Centre, which he heads, builds launch vehicles.')).toBe(true);
    expect(hasDanglingReference('The Defence Research Laboratory, where she worked, tested the fuel.')).toBe(true);
    // A person named before it, or a named "He (…)", still is.
    expect(hasDanglingReference('Ratan Tata led the Tata Group, taking over from his predecessor JRD Tata.')).toBe(false);
    expect(hasDanglingReference('He (Ratan Tata) was wheeled into Breach Candy Hospital after his blood pressure dropped.')).toBe(false);
  });
});

describe('an object "it" after two names, an auxiliary and an irregular verb', () => {
  it('dangles ("Kaala Bhairava and Rahul Sipligunj have sung it."), while "… the Paris Agreement and implemented it" does not', () => {
    expect(hasDanglingReference('Kaala Bhairava and Rahul Sipligunj have sung it.')).toBe(true);
    expect(hasDanglingReference('MM Keeravaani has written it for the film.')).toBe(true);
    expect(hasDanglingReference('India ratified the Paris Agreement and implemented it in 2016.')).toBe(false);
  });
});

describe('a person by age alone', () => {
  it('dangles ("The 64-year-old is from Odisha."), not with a name after it', () => {
    expect(hasDanglingReference('The 64-year-old is from Odisha and served as the governor of Jharkhand.')).toBe(true);
    expect(hasDanglingReference('The 25-year-old Zareen is a former junior world champion.')).toBe(false);
  });
});

describe('"they" after a count of people in its own sentence', () => {
  it('lets "them" pass after a group written with capitals ("sub-classify Scheduled Castes … to provide them")', () => {
    expect(hasDanglingReference('The court held that States may sub-classify Scheduled Tribes in order to give them more benefits.')).toBe(false);
    expect(hasDanglingReference('The court asked the Centre to give them more benefits.')).toBe(true);
  });

  it('dangles ("Both were carried to orbit by the PSLV."): both of what the sentence before named', () => {
    expect(hasDanglingReference('Both were carried to orbit by the GSLV on March 3.')).toBe(true);
    expect(hasDanglingReference('Neither has been seen since the storm hit the coast.')).toBe(true);
    // (Not "both" before what it counts: "Both teams scored twice".)
    expect(hasDanglingReference('Both teams scored twice in the second half at the Salt Lake Stadium.')).toBe(false);
  });

  it('dangles ("The postponements came amid …"): what the sentences before told, as the subject', () => {
    expect(hasDanglingReference('The postponements came amid a change of leadership at the space agency.')).toBe(true);
    expect(hasDanglingReference('The remarks were made at a rally in Patna on Sunday.')).toBe(true);
    expect(hasDanglingReference('Subsequently, the bank raised interest rates six times, reaching 6.5 per cent.')).toBe(true);
    expect(hasDanglingReference('On the contrary, the exports have gone down nearly 12% year-on-year to $30 billion.')).toBe(true);
    expect(hasDanglingReference('But RA Chandrashekhar was appointed Kerala police chief before he could take over the assignment.')).toBe(true);
    // (A "but" inside the text contrasts what the text itself says.)
    expect(hasDanglingReference('India dropped five spots last year but regained ground this year.')).toBe(false);
    // (Not with what it is said of: "The changes to the Act came into force on Monday" names them.)
    expect(hasDanglingReference('The delays in the Mumbai metro project cost the state Rs 500 crore.')).toBe(false);
  });

  it('"a rise in the population of Asiatic lions, with their numbers …" leans on nothing outside', () => {
    expect(hasDanglingReference('Kerala has seen a rise in the population of Asian elephants, with their numbers increasing from 5,706 in 2017 to 6,125 in 2025.')).toBe(false);
  });

  it('"Several of its top leaders …" leans on what "its" is, named before', () => {
    expect(hasDanglingReference('Several of its top leaders, including a former minister of Meena Rao, are in jail in connection with the case.')).toBe(true);
  });

  it('"said municipal authorities shall comply with the direction asking them to …" leans on nothing outside', () => {
    expect(hasDanglingReference('The bench said municipal authorities shall continue to comply with the direction asking them to start picking up stray dogs.')).toBe(false);
    expect(hasDanglingReference('The court said the order asking them to comply would stay.')).toBe(true);
  });

  it('"sentenced _____ people to death days after they were convicted" leans on nothing outside', () => {
    expect(hasDanglingReference('A special court on Friday sentenced _____ people to death days after they were convicted of their role in the blasts.')).toBe(false);
    expect(hasDanglingReference('Rescuers pulled 12 children out of the debris after they were trapped for hours.')).toBe(false);
    expect(hasDanglingReference('A special court on Friday said they were convicted of their role in the blasts.')).toBe(true);
  });
});

describe('the report’s own period, and "the respective"', () => {
  it('"this financial year", "this Q1" lean on nothing more than "this year" does', () => {
    expect(hasDanglingReference('China’s year-on-year growth rate as of Q1 this financial year is 6.3%.')).toBe(false);
    expect(hasDanglingReference('Construction clocked in 7.9% growth this Q1, compared to 16% a year ago.')).toBe(false);
    expect(hasDanglingReference('The deficit for this fiscal year is estimated at 4.4% of GDP.')).toBe(false);
  });

  it('"The respective figures …" lean on the sentence before', () => {
    expect(hasDanglingReference('The respective figures for the mining and quarrying sector are 5.8% and 9.5%.')).toBe(true);
    expect(hasDanglingReference('The respective shares of the two states were 41% and 23%.')).toBe(true);
  });
});

describe('"it" as the object closing a short text', () => {
  it('dangles ("On February 9, the Rajya Sabha passed it.")', () => {
    expect(hasDanglingReference('On February 9, the Rajya Sabha passed it.')).toBe(true);
    expect(hasDanglingReference('The Supreme Court later upheld it.')).toBe(true);
    expect(hasDanglingReference('The Rajya Sabha passed the Waqf Bill on February 9.')).toBe(false);
  });
});

describe('"This is the first time, …" and "those in the age group …"', () => {
  it('lean on nothing outside: the clause after the "this" says what it is; the group is named', () => {
    expect(hasDanglingReference('This is the first time, the Ministry of Statistics has released a monthly labour survey.')).toBe(false);
    expect(hasDanglingReference('This is the first time that India has won the title in Doha.')).toBe(false);
    expect(hasDanglingReference('Unemployment among those in the age group of 15-29 stood at 13.8%.')).toBe(false);
    // ("This is the first time for him": what "this" is, the text does not say.)
    expect(hasDanglingReference('This is the first time for him in the final.')).toBe(true);
  });
});

describe('"its" and "it" of a thing the text opens on by its common noun', () => {
  it('lean on nothing outside ("The southwest monsoon reached Kerala …, marking its earliest onset …")', () => {
    expect(hasDanglingReference('The southwest monsoon reached Kerala on Saturday, marking its earliest onset since 2009 when it began on May 23.')).toBe(false);
    expect(hasDanglingReference('Normally, the southwest monsoon makes its onset over Kerala by June 1.')).toBe(false);
    // (A name made the thing's modifier by "-led" says which thing too.)
    expect(hasDanglingReference('The NDA-led alliance retained its hold on Bihar, bagging _____ of the 243 seats.')).toBe(false);
    // (A body by its common noun is left to the checks of bare bodies: which ministry, which company.)
    expect(hasDanglingReference('The ministry said its officials will visit Goa.')).toBe(true);
    expect(hasDanglingReference('The company reported its highest profit in 2024.')).toBe(true);
  });
});

describe('"it" of a bare common noun', () => {
  it('dangles where no word says which ("The allocation saw a stagnation as it has come down …")', () => {
    expect(hasDanglingReference('The allocation saw a stagnation as it has come down slightly from Rs 52,000 crore in 2024-25.')).toBe(true);
    expect(hasDanglingReference('The project missed its deadline by two years.')).toBe(true);
  });
});

describe('a body by its kind, telling', () => {
  it('"The organisation said …", "The company says …" dangle: which one, the text does not say', () => {
    expect(hasDanglingReference('The organisation said the economic indicator of the World Press Freedom Index had fallen in 2025.')).toBe(true);
    expect(hasDanglingReference('The company says its profit rose by 12 per cent in the quarter.')).toBe(true);
  });
});

describe('a bare sector', () => {
  it('"the sector had grown by …" dangles: which sector, the sentence before said', () => {
    expect(hasDanglingReference('In the same period last year, the sector had grown by 14.3%.')).toBe(true);
    expect(hasDanglingReference('The industry employs 45 million workers.')).toBe(true);
    expect(hasDanglingReference('In the same period last year, the manufacturing sector had grown by 14.3%.')).toBe(false);
    expect(hasDanglingReference('The sector of small industries employs 45 million workers.')).toBe(false);
  });
});

describe('"their" of a team named by its country', () => {
  it('belongs to the country that opens the clause ("India took control …, to defend their title")', () => {
    expect(hasDanglingReference('Despite a tight first half, India took control in the second half, with Deepika scoring the only goal to defend their Asian Champions Trophy title.')).toBe(false);
    expect(hasDanglingReference('Australia beat England by five wickets to retain their grip on the Ashes.')).toBe(false);
    // (A side that ends or extends its own run: "India ended their 12-year wait for … glory".)
    expect(hasDanglingReference('India ended their 12-year wait for Champions Trophy glory with a composed run chase, defeating _____ by four wickets.')).toBe(false);
    expect(hasDanglingReference('Argentina extended their unbeaten run to 28 matches with a 2-0 win over _____.')).toBe(false);
    // (So does a side named as a team: "Team India".)
    expect(hasDanglingReference('Jugraj Singh turned hero for Team India as they defeated hosts China 1-0 in the final to clinch their fifth title.')).toBe(false);
    // (Not a country that is no subject, nor a "their" with no country before it.)
    expect(hasDanglingReference('The visitors praised India in the second half for their attacking play.')).toBe(true);
  });
});

describe('hasDanglingReference: a relative "which" opening the text', () => {
  it('leans on the sentence before ("The winner of which will compete …", "Of which, 40 were …")', () => {
    expect(hasDanglingReference('The winner of which will compete for the World Championships title against China’s _____.')).toBe(true);
    expect(hasDanglingReference('Of which, 40 were women and 12 were children.')).toBe(true);
    expect(hasDanglingReference('The tournament, the winner of which will play China, opens on Monday.')).toBe(false);
  });
});

describe('hasDanglingReference: "the entire process"', () => {
  it('leans on the sentence that told which process', () => {
    expect(hasDanglingReference('The entire process will be completed by _____.')).toBe(true);
    expect(hasDanglingReference('The entire process of damage assessment in Assam will be completed by August 15.')).toBe(false);
  });
});

describe('hasDanglingReference: "one" of what the sentence before counted', () => {
  it('leans on it ("Who managed to save one as Sindhu hit her smash into the net?")', () => {
    expect(hasDanglingReference('Who managed to save one as Sindhu hit her smash straight into the net?')).toBe(true);
    expect(hasDanglingReference('Marin saved one match point before Sindhu won the final.')).toBe(false);
  });
});

describe('an object "it" whose only name before it is its own subject', () => {
  it('points at a thing the sentence before named ("The Monetary Policy Committee decides on changes to it …")', () => {
    expect(hasDanglingReference('The Monetary Policy Committee decides on changes to it every _____.')).toBe(true);
    expect(hasDanglingReference('The Election Commission keeps close watch over it during _____.')).toBe(true);
    expect(hasDanglingReference('The Lok Sabha passed the bill and voted on it again in _____.')).toBe(false);
    expect(hasDanglingReference('Internet Explorer 6 is old, and the people who have used it number _____.')).toBe(false);
  });
});

describe('remarks the sentence before told', () => {
  it('dangle ("Who made the remarks while delivering a virtual message …?"), unless the text says what about', () => {
    expect(hasDanglingReference('Who made the remarks while delivering a virtual message to mark the launch of the Global Innovation Index 2022?')).toBe(true);
    expect(hasDanglingReference('The minister made these comments at a press conference in Mumbai on Friday.')).toBe(true);
    expect(hasDanglingReference('The minister made the remarks on the new tax regime at a press conference in Mumbai.')).toBe(false);
    expect(hasDanglingReference('Goyal delivered a virtual message to mark the launch of the Global Innovation Index 2022.')).toBe(false);
  });
});

describe('"its" of a thing the text opens on, an aside and an irregular verb between', () => {
  it('is that thing\'s ("The first earthquake, measuring 5.7 on the Richter scale, struck at 11:06 am with its epicenter …")', () => {
    expect(hasDanglingReference('The first earthquake, measuring 5.7 on the Richter scale, struck at 11:06 am with its epicenter located 44 km east of Yairipok.')).toBe(false);
    expect(hasDanglingReference('The cyclonic storm hit the coast at noon with its eye over Puri.')).toBe(false);
    // (A body by its common noun still names none: "The ministry said its …".)
    expect(hasDanglingReference('The ministry, in a statement, said its officials would visit the site.')).toBe(true);
  });
});

describe('a side named by its role in the match', () => {
  it('dangles ("The opposition managed to score 57, …", "The hosts replied with …")', () => {
    expect(hasDanglingReference('The opposition managed to score 57, and so the Indian team emerged victorious.')).toBe(true);
    expect(hasDanglingReference('The hosts replied with two goals in the second half.')).toBe(true);
    expect(hasDanglingReference('The Opposition Congress walked out of the House on Monday.')).toBe(false);
  });
});

describe('a span counted from a time the sentence before gave', () => {
  it('dangles in the past ("In the next 10 months, UPI topped 3 billion transactions a month"), not ahead of today', () => {
    expect(hasDanglingReference('In the next 10 months, UPI topped 3 billion transactions a month.')).toBe(true);
    expect(hasDanglingReference('Over the following two years, the company doubled its output.')).toBe(true);
    expect(hasDanglingReference('In the next five years, the government will build 100 new airports across India.')).toBe(false);
  });
});

describe('an opening that follows from the sentence before', () => {
  it('dangles ("Accordingly, Rs 1.20 crore was paid during 2006-07")', () => {
    expect(hasDanglingReference('Accordingly, Rs 1.20 crore was paid during 2006-07.')).toBe(true);
    expect(hasDanglingReference('As a result, the project was delayed by two years.')).toBe(true);
  });
  it('flags "the last edition" of a thing the sentence does not name; the edition of a named one stands', () => {
    expect(hasDanglingReference('The last edition was held in Ulaanbaatar in _____.')).toBe(true);
    expect(hasDanglingReference('The previous session was held in _____ in 2022.')).toBe(true);
    expect(hasDanglingReference('The last edition of Nomadic Elephant was held in _____ in 2023.')).toBe(false);
    expect(hasDanglingReference('The next edition will be hosted by _____.')).toBe(true);
  });
});

describe('a text that leans on what the sentence before named', () => {
  it('flags "a couple more institutions" and a city by its epithet alone', () => {
    expect(hasDanglingReference('A couple more reputed institutions add to _____’s honour list.')).toBe(true);
    expect(hasDanglingReference('Two more states joined the scheme on Monday, taking the total to _____.')).toBe(true);
    expect(hasDanglingReference('A similar census activity took place in _____.')).toBe(true);
    expect(hasDanglingReference('The number increased to _____ in 2022 compared to 8,071 in 2018.')).toBe(true);
    expect(hasDanglingReference('The number of leopards in Central India increased to _____ in 2022.')).toBe(false);
    expect(hasDanglingReference('A similar census to the one in Karnataka took place in _____.')).toBe(false);
    expect(hasDanglingReference('The National Law School of India University in the garden city was ranked the best law college in _____.')).toBe(true);
    expect(hasDanglingReference('Floods hit the port city on Monday, killing _____ people.')).toBe(true);
    // (An epithet with its "of", or a count with its own noun, names what it means.)
    expect(hasDanglingReference('Floods hit the port city of Visakhapatnam on Monday, killing _____ people.')).toBe(false);
    expect(hasDanglingReference('Twenty more universities joined the NIRF rankings in _____.')).toBe(false);
  });
});

describe('"its" of a one-word name after an opening phrase', () => {
  it('belongs to that name, or to the blank standing there ("For the third consecutive year, Singapore maintains its position …")', () => {
    expect(hasDanglingReference('For the third consecutive year, _____ maintains its position as the world’s top passport in the 2025 Henley Passport Index.')).toBe(false);
    expect(hasDanglingReference('For the third consecutive year, Singapore maintains its position as the world’s top passport in the _____.')).toBe(false);
    // (Not where a clause with its own comma comes between.)
    expect(hasDanglingReference('For the third year, Singapore, Japan and Korea said its position was _____.')).toBe(true);
  });
});

describe('"their" of a side named with its short form', () => {
  it('belongs to it ("Royal Challengers Bengaluru (RCB) secured their first-ever … title")', () => {
    expect(hasDanglingReference('In a historic night at the _____ in Ahmedabad, Royal Challengers Bengaluru (RCB) secured their first-ever Indian Premier League (IPL) title.')).toBe(false);
    expect(hasDanglingReference('The officials said their report on the _____ was ready.')).toBe(true);
  });
});

describe('a verb left out', () => {
  it('dangles ("_____ and Canada did, though, ranking 11th and 18th")', () => {
    expect(hasDanglingReference('_____ and Canada did, though, ranking 11th and 18th, respectively.')).toBe(true);
    expect(hasDanglingReference('India did not sign the declaration at the _____ summit.')).toBe(false);
  });
});

describe('an ordinal one of nothing named', () => {
  it('dangles ("Who was the first winner?"), not when it says of what or who', () => {
    expect(hasDanglingReference('Who was the first winner?')).toBe(true);
    // (Nor one that follows suit, wherever in the text: suit is what the sentence before told.)
    expect(hasDanglingReference('Which state follows suit with 5?')).toBe(true);
    // ("It is pertinent to mention that …": an "it" of no thing, never read as the story's body.)
    expect(opensOnExpletiveIt('It is pertinent to mention that former Railway Board Chief Lahoti was named the chairman of Trai on Monday.')).toBe(true);
    // ("It was a valiant performance from the Indian colts …": the match, never the country the story names.)
    expect(opensOnExpletiveIt('It was a valiant performance from the Indian colts as they came from behind to stun Argentina 4-2.')).toBe(true);
    expect(opensOnExpletiveIt('It was a historic win by the women’s team in the final.')).toBe(true);
    expect(opensOnExpletiveIt('It was a boost to exports of rice, the ministry said.')).toBe(false);
    expect(opensOnExpletiveIt('It is worth noting that the Kuno National Park lies in Sheopur district.')).toBe(true);
    expect(opensOnExpletiveIt('It is a regulator of the telecom sector.')).toBe(false);
    expect(opensOnExpletiveIt('It was also discussed that the MOM has lived for about eight years in the Martian orbit.')).toBe(true);
    expect(hasDanglingReference('Karnataka followed suit on Monday, banning the drug in all districts.')).toBe(true);
    expect(hasDanglingReference('Who is the latest recipient?')).toBe(true);
    expect(hasDanglingReference('Who was the first winner of the Dadasaheb Phalke Award?')).toBe(false);
    expect(hasDanglingReference('Who was the first Indian to visit the International Space Station?')).toBe(false);
  });
});

describe('the main venue (host, partner) of an event the text never names', () => {
  it('dangles ("Which place has been designated as the main venue?"), not when it says of what', () => {
    expect(hasDanglingReference('Which place has been designated as the main venue?')).toBe(true);
    expect(hasDanglingReference('Which country was named as the official partner?')).toBe(true);
    expect(hasDanglingReference('Which place has been designated as the main venue of the UNESCO session?')).toBe(false);
    expect(hasDanglingReference('Which city was chosen as the main venue for the 2036 Olympics?')).toBe(false);
  });

  it('a launch with nothing said of it dangles ("Which program was launched?"), not one with its time or who launched it', () => {
    expect(hasDanglingReference('Which program was launched?')).toBe(true);
    expect(hasDanglingReference('Which scheme has been introduced?')).toBe(true);
    expect(hasDanglingReference('Which program was launched in 1963?')).toBe(false);
    expect(hasDanglingReference('Which mission was launched by ISRO?')).toBe(false);
  });
});

describe('a pair or a community named only by what it is', () => {
  it('dangles as a sentence\'s subject ("The duo scored 48 runs …", "The community has a sizeable presence …")', () => {
    expect(hasDanglingReference('The duo scored _____ runs between them to secure the trophy for India.')).toBe(true);
    expect(hasDanglingReference('The community has a sizeable presence in the home state of _____.')).toBe(true);
    expect(hasDanglingReference('The pair won the title in _____.')).toBe(true);
    // (Not where the sentence names them after: "The duo of Satwik and Chirag won …" is not this shape.)
    expect(hasDanglingReference('The community kitchen in _____ served 2,000 meals.')).toBe(false);
  });
});

describe('a side that came back', () => {
  it('owns the "their" of its sentence ("India overcame a two-goal deficit …, securing their fourth title")', () => {
    expect(hasDanglingReference('India overcame a two-goal deficit to snatch a 4-3 victory against a determined _____ in the final, securing their fourth Asian Champions Trophy title.')).toBe(false);
    expect(hasDanglingReference('India snatched a late win against _____, securing their place in the final.')).toBe(false);
    // (Not a person's: a name no country's is no side.)
    expect(hasDanglingReference('Sharma overcame a late challenge from _____, securing their support.')).toBe(true);
  });
});
