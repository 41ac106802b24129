import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { slimWorldCountries, worldCountries, worldCountriesVersion } from '../../src/lexicon/world-countries.js';

const full = createRequire(import.meta.url)('world-countries') as { cca2: string; name: { common: string }; capital: string[]; demonyms?: { eng?: unknown }; area: number }[];

describe('world-countries, slim', () => {
  it('keeps every country with the fields quizwire reads, as the package has them', () => {
    const slim = slimWorldCountries();
    expect(slim.length).toBe(full.length);
    slim.forEach((c, i) => {
      expect(c.cca2).toBe(full[i].cca2);
      expect(c.name.common).toBe(full[i].name.common);
      expect(c.capital).toEqual(full[i].capital);
      expect(c.demonyms?.eng).toEqual(full[i].demonyms?.eng);
      expect(c.area).toBe(full[i].area);
    });
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length / 5);
  });

  it('is read from a slim file of the installed version, and from the package otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizwire-countries-'));
    try {
      const file = join(dir, 'slim.json');
      const marked = slimWorldCountries().map((c) => ({ ...c, region: 'from the file' }));
      writeFileSync(file, JSON.stringify({ version: worldCountriesVersion(), countries: marked }));
      expect(worldCountries(file)[0].region).toBe('from the file');
      writeFileSync(file, JSON.stringify({ version: '0.0.0', countries: marked }));
      expect(worldCountries(file)[0].region).not.toBe('from the file');
      writeFileSync(file, '{ broken');
      expect(worldCountries(file)).toEqual(slimWorldCountries());
      expect(worldCountries(join(dir, 'missing.json'))).toEqual(slimWorldCountries());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('made by the build is current and the same as the package gives', () => {
    const built = fileURLToPath(new URL('../../dist/world-countries.slim.json', import.meta.url));
    if (!existsSync(built)) return; // `npm test` builds first; a bare vitest run may not have
    const file = JSON.parse(readFileSync(built, 'utf8'));
    expect(file.version).toBe(worldCountriesVersion());
    expect(file.countries).toEqual(slimWorldCountries());
  });
});
