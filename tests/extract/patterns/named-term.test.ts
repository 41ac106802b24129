import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('named-term: what a thing is called', () => {
  it('asks what a strategy is called (seed)', () => {
    const facts = factsOf(['A Xinhua report said the two sides remained “at variance” over Japan’s strategy of “active pacifism”.']);
    expect(ask(facts, 'named-term')).toContainEqual(['What is Japan’s strategy called?', 'active pacifism']);
  });

  it('works with "known as" and straight quotes', () => {
    const facts = factsOf(['China\'s policy known as "dual circulation" aims to boost domestic demand.']);
    expect(ask(facts, 'named-term')).toContainEqual(["What is China's policy called?", 'dual circulation']);
  });

  it('works with "named" after a comma', () => {
    const facts = factsOf(['In their first match, the Afghan team\'s robot, named "Better Idea", scored two points.']);
    expect(ask(facts, 'named-term')).toContainEqual(["What is the Afghan team's robot called?", 'Better Idea']);
  });

  it('asks it of a scheme whose owner is named ("the Centre\'s scheme")', () => {
    const facts = factsOf(['The Centre\'s scheme known as "Lakhpati Didi" aims to train three crore women.']);
    expect(ask(facts, 'named-term')).toEqual([["What is the Centre's scheme called?", 'Lakhpati Didi']]);
  });

  it('asks nothing when the noun does not say whose or which ("a policy")', () => {
    const facts = factsOf(['A policy known as "Neighbourhood First" guides India\'s ties with its neighbours.']);
    expect(byPattern(facts, 'named-term')).toEqual([]);
  });
});

describe('named-term: the proper name of a thing the story calls by its everyday one', () => {
  it('asks what ", commonly known as X" stands for, the phrase written small before the comma', () => {
    expect(ask(factsOf(['India has achieved its target to eliminate visceral leishmaniasis, commonly known as kala-azar, according to data from the NCVBDC.']), 'named-term')).toContainEqual(['What is commonly known as kala-azar?', 'visceral leishmaniasis']);
    expect(ask(factsOf(['Farmers in Rajasthan are battling lumpy skin disease, popularly known as LSD, which has killed thousands of cattle.']), 'named-term')).toContainEqual(['What is commonly known as LSD?', 'lumpy skin disease']);
    // (A person's name in capitals is no concept; nor is a head noun alone.)
    expect(byPattern(factsOf(['Akkitham Achuthan Namboothiri, popularly known as Akkitham, has won the Jnanpith Award.']), 'named-term')).toEqual([]);
    expect(byPattern(factsOf(['Doctors treated the disease, commonly known as kala-azar, in Bihar.']), 'named-term')).toEqual([]);
    // (Nor a description after "the", which points back at a body: "The non-government
    // organisation, also known as Reporters Without Borders, …".)
    expect(byPattern(factsOf(['The non-government organisation, also known as Reporters Without Borders, has been publishing the World Press Freedom Index since 2002.']), 'named-term')).toEqual([]);
  });
});

describe('named-term: what a short name stands for, in brackets after it', () => {
  it('asks it ("the \'BioE3\' (Biotechnology for Economy, Environment and Employment) policy")', () => {
    expect(ask(factsOf(["The Union Cabinet on Saturday approved the 'BioE3' (Biotechnology for Economy, Environment and Employment) policy for fostering biomanufacturing."]), 'named-term')).toContainEqual(['What does BioE3 stand for?', 'Biotechnology for Economy, Environment and Employment']);
    expect(ask(factsOf(['The Cabinet approved PM-JANMAN (Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan) with an outlay of Rs 24,104 crore.']), 'named-term')).toContainEqual(['What does PM-JANMAN stand for?', 'Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan']);
    // (Nor a body's: its story is what it did.)
    expect(byPattern(factsOf(['The CAG report on KIIFB (Kerala Infrastructure Investment Fund Board) may be tabled in the Kerala Assembly on Monday.']), 'named-term')).toEqual([]);
    // (Nor words listed: "SSBN (Ship, Submersible, Ballistic, Nuclear) programme".)
    expect(byPattern(factsOf(['India’s SSBN (Ship, Submersible, Ballistic, Nuclear) programme is a closely-guarded project.']), 'named-term')).toEqual([]);
    // (Not a place and a body in brackets whose initials it is not.)
    expect(byPattern(factsOf(['The meeting in Delhi (New Delhi Municipal Council) was held on Monday.']), 'named-term')).toEqual([]);
  });
});

describe('named-term: a new find and the name it was given, set off by commas', () => {
  it('asks what the find was named ("The snake fossil, named Vasuki Indicus, after …")', () => {
    const asked = ask(factsOf(['The snake fossil, named Vasuki Indicus, after Vasuki, the mythical snake of Hindu lore, inhabited present-day Gujarat during the Middle Eocene period.']), 'named-term');
    expect(asked).toContainEqual(['What was the snake fossil named?', 'Vasuki Indicus']);
    const frog = ask(factsOf(['The new frog species, named Minervarya Pentali, was found in the Western Ghats of Kerala.']), 'named-term');
    expect(frog).toContainEqual(['What was the new frog species named?', 'Minervarya Pentali']);
    // (Not a person "named" to a post.)
    expect(ask(factsOf(['The minister, named Rao, was sworn in on Monday.']), 'named-term')).toEqual([]);
  });
});
