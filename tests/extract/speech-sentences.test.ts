import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

describe('a sentence that opens inside a quotation begun before it', () => {
  it('asks nothing: it is the speaker\'s telling, and leans on the quotation around it', () => {
    const facts = factsOf([
      '“Today, we have inaugurated the redeveloped Hanimaadhoo Airport. Now, the Greater Male Connectivity Project will also be expedited. We will also support a new commercial port in Thilafushi,” Modi told reporters in New Delhi.',
    ]);
    expect(facts.map((f) => `${f.question} ${f.cloze}`).join('\n')).not.toMatch(/Now, the/);
  });

  it('but the sentence after the quotation closes is the article\'s again', () => {
    const facts = factsOf([
      '“We are ready. The talks went well,” the minister said on Monday. The Cabinet approved the Greater Male Connectivity Project with an outlay of Rs 4,000 crore.',
    ]);
    expect(facts.some((f) => f.answer === 'Rs 4,000 crore')).toBe(true);
  });

  it('but the sentence that closes a body\'s statement with its name is the body\'s record', () => {
    const agency = factsOf([
      '“Transfer of propellant completed with precision. India became the 3rd country to demonstrate in-orbit refuelling,” ISRO said.',
    ]);
    expect(agency.some((f) => f.pattern === 'ordinal' && f.answer === 'India')).toBe(true);
    // (A person's telling stays theirs.)
    const person = factsOf([
      '“The talks went well. India became the 3rd country to sign such a pact,” the minister said.',
    ]);
    expect(person.some((f) => f.pattern === 'ordinal')).toBe(false);
  });
});
