import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';
import { surePeople } from '../../src/extract/sure-people.js';
import type { Entity } from '../../src/types.js';

const person = (canonical: string, extra: Partial<Entity> = {}): { entity: Entity } => ({ entity: { text: canonical, cls: 'person', start: 0, end: canonical.length, canonical, ...extra } });

describe('the people an article may lend as wrong options', () => {
  it('are names, not capitalised phrases the analyser took for people', () => {
    const sure = surePeople([person('Scheduled Caste'), person('Foreigners Tribunals'), person('Host Committee'), person('Rishabh Shetty'), person('Mark Rathbun'), person('B R Ambedkar')]);
    expect([...sure].sort()).toEqual(['B R Ambedkar', 'Mark Rathbun', 'Rishabh Shetty']);
  });

  it('keep a name with an everyday word when the article gives an office or calls them by their surname', () => {
    expect(surePeople([person('Bill Gates'), person('Rose Hill', { role: 'Mayor' })]).has('Rose Hill')).toBe(true);
    expect(surePeople([person('Guard Singh'), { entity: { ...person('Guard Singh').entity, text: 'Singh' } }]).has('Guard Singh')).toBe(true);
  });

  it('so a judge\'s options are judges ("Scheduled Caste" is none)', () => {
    const facts = factsOf([
      'Justice R K Menon was sworn in as the 55th Chief Justice of India on Wednesday.',
      'He succeeds Justice Anil Varma, who demitted office on Tuesday.',
      'Menon will be the third CJI from the Scheduled Caste community, after Justice K G Balakrishnan.',
    ]);
    const related = facts.filter((f) => f.answerType === 'person').flatMap((f) => f.related ?? []);
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain('Scheduled Caste');
  });
});
