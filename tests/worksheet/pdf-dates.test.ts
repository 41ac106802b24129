import { describe, expect, it } from 'vitest';
import { withFixedDates } from '../../src/render/pdf/dates.js';

const pdfWith = (stamp: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj <</Creator (Chromium)\n/CreationDate (D:${stamp}+00'00')\n/ModDate (D:${stamp}+00'00')>>\nendobj\n`);

describe('PDF dates', () => {
  it('are the newest article day, whenever it was printed, the bytes keeping their length', () => {
    const a = withFixedDates(pdfWith('20261202071420'), '2013-11-02');
    const b = withFixedDates(pdfWith('20270101235959'), '2013-11-02');
    expect(a).toEqual(b);
    expect(a.length).toBe(pdfWith('20261202071420').length);
    expect(new TextDecoder().decode(a)).toContain("/CreationDate (D:20131102000000+00'00')");
  });

  it('fall back to a fixed day for undated articles, and leave other bytes alone', () => {
    const text = new TextDecoder().decode(withFixedDates(pdfWith('20261202071420'), null));
    expect(text).toContain("/ModDate (D:20000101000000+00'00')");
    expect(text).toContain('/Creator (Chromium)');
  });
});
