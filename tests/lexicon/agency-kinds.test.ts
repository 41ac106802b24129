import { describe, expect, it } from 'vitest';

describe('the investigating agencies', () => {
  it('are of one kind, and DRDO, which builds weapons, of another', async () => {
    const { organisationKind } = await import('../../src/lexicon/index.js');
    expect(organisationKind('Enforcement Directorate')).toBe(organisationKind('Central Bureau of Investigation'));
    expect(organisationKind('DRDO')).not.toBe(organisationKind('Central Bureau of Investigation'));
  });
});
