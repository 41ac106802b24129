import { afterEach, describe, expect, it } from 'vitest';
import { BrowserMissingError, findChromium, htmlToPdf } from '../../src/render/pdf/html-to-pdf.js';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('findChromium', () => {
  it('uses CHROMIUM_PATH only, and reports null when it is not executable', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeNull();
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});

describe('htmlToPdf without a browser', () => {
  it('throws BrowserMissingError saying how to install Chromium', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const error = await htmlToPdf('<p>x</p>', { paper: 'a4' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserMissingError);
    expect((error as Error).message).toContain('apt-get install chromium');
    expect((error as Error).message).toContain('CHROMIUM_PATH');
  });
});
