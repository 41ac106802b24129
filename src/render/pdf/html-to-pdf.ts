import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** No Chromium to print with; the message says how to get one. The CLI still writes the HTML. */
export class BrowserMissingError extends Error {
  constructor(detail: string) {
    super(`${detail}: PDF output needs Chromium — install Debian's chromium: apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary`);
    this.name = 'BrowserMissingError';
  }
}

/** Where distributions put Chromium/Chrome; the first executable one is used. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser to print with: `CHROMIUM_PATH` when set (and only it, so a wrong setting is
 * reported rather than silently replaced), else the first known install. Null when none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) return isExecutable(configured) ? configured : null;
  return CANDIDATES.find(isExecutable) ?? null;
}

/** Flags for a quiet, offline, one-shot headless run. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfOptions {
  paper: 'a4' | 'letter';
  /** Called with every URL the page tries to load (all are blocked except data: URLs). */
  onRequest?: (url: string) => void;
}

/**
 * Print self-contained HTML to PDF with headless Chromium. The page size and margins come from
 * the document's `@page` rule (`paper` is the fallback when it has none); page numbers come
 * from its `@page` margin boxes. Nothing is fetched from the network: quizwire is offline, and
 * a user's template that links a remote font must not hang or leak a request.
 */
export async function htmlToPdf(html: string, opts: PdfOptions): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) {
    const configured = process.env.CHROMIUM_PATH?.trim();
    throw new BrowserMissingError(configured ? `CHROMIUM_PATH=${configured} is not an executable` : 'Chromium not found');
  }
  const { browser, close } = await launchChromium(executablePath, CHROMIUM_ARGS);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route(
      (url) => !url.protocol.startsWith('data'),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    page.on('request', (request) => opts.onRequest?.(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: opts.paper === 'letter' ? 'Letter' : 'A4',
      preferCSSPageSize: true,
      printBackground: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await close();
  }
}

/**
 * Chromium, its own temporary folders (".org.chromium.Chromium.*") in one of ours that `close`
 * removes after it exits: Chromium may still be writing them when the browser says it closed.
 */
export async function launchChromium(executablePath: string, args: readonly string[]): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const own = mkdtempSync(join(tmpdir(), 'quizwire-chromium-'));
  const remove = () => rmSync(own, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...args], env: { ...process.env, TMPDIR: own } });
  } catch (err) {
    remove();
    throw err;
  }
  return {
    browser,
    close: async () => {
      await browser.close();
      remove();
    },
  };
}
