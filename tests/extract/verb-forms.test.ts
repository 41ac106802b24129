import { describe, expect, it } from 'vitest';
import { baseOfPast } from '../../src/extract/verb-forms.js';

describe('baseOfPast: the verb a "did … ?" question needs', () => {
  it.each([
    ['killed', 'kill'], ['placed', 'place'], ['evacuated', 'evacuate'], ['stopped', 'stop'], ['injured', 'injure'],
    ['defeated', 'defeat'], ['agreed', 'agree'], ['cleared', 'clear'], ['appealed', 'appeal'], ['awaited', 'await'],
    ['recruited', 'recruit'], ['caused', 'cause'], ['seized', 'seize'], ['achieved', 'achieve'], ['featured', 'feature'],
    ['freed', 'free'], ['declared', 'declare'], ['obtained', 'obtain'], ['carried', 'carry'], ['won', 'win'],
    ['added', 'add'], ['planned', 'plan'], ['admitted', 'admit'], ['extradited', 'extradite'],
  ])('%s → %s', (past, base) => {
    expect(baseOfPast(past)).toBe(base);
  });
});

describe('a noun in -or made a verb', () => {
  it('keeps no e: "authored" → "author", "sponsored" → "sponsor" (but "restored" → "restore")', () => {
    expect(baseOfPast('authored')).toBe('author');
    expect(baseOfPast('sponsored')).toBe('sponsor');
    expect(baseOfPast('restored')).toBe('restore');
  });
});
describe('verbs whose e the -ed swallowed', () => {
  it.each([
    ['substituted', 'substitute'], ['executed', 'execute'], ['decided', 'decide'], ['provided', 'provide'],
    ['guided', 'guide'], ['avoided', 'avoid'], ['rescued', 'rescue'], ['issued', 'issue'], ['continued', 'continue'],
    ['deleted', 'delete'], ['completed', 'complete'], ['created', 'create'], ['treated', 'treat'],
    ['required', 'require'], ['acquired', 'acquire'], ['proposed', 'propose'], ['imposed', 'impose'],
    ['posted', 'post'], ['visited', 'visit'], ['targeted', 'target'],
    ['welcomed', 'welcome'], ['invited', 'invite'], ['cited', 'cite'], ['united', 'unite'], ['exited', 'exit'],
    ['lauded', 'laud'], ['applauded', 'applaud'], ['included', 'include'],
  ])('%s → %s', (past, base) => {
    expect(baseOfPast(past)).toBe(base);
  });
});

describe('a past in -nced or -rced', () => {
  it('keeps the e of its base ("experienced" → "experience", "announced" → "announce", "forced" → "force")', () => {
    expect(baseOfPast('experienced')).toBe('experience');
    expect(baseOfPast('announced')).toBe('announce');
    expect(baseOfPast('forced')).toBe('force');
  });
});

describe('a last l doubled in British spelling', () => {
  it.each([
    ['equalled', 'equal'], ['travelled', 'travel'], ['cancelled', 'cancel'], ['signalled', 'signal'], ['controlled', 'control'],
    ['fuelled', 'fuel'], ['expelled', 'expel'], ['recalled', 'recall'], ['installed', 'install'], ['shelled', 'shell'], ['polled', 'poll'],
  ])('%s → %s', (past, base) => {
    expect(baseOfPast(past)).toBe(base);
  });
});
