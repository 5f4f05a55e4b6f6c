/**
 * QR verification in real Chromium, as a person holding a paper or a PDF would use it:
 * the original file is "identical", a copy with one byte changed "differs" (also for a
 * 50-MB file), a revoked document says so before anything else, and a typed code is read
 * tolerantly or explained when unknown. Also without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { contentRoot } from '../../src/node/content-root.ts';
import { getT, type MessageKey } from '../../src/lib/i18n.ts';
import { LOCALES, type Locale } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';
import { groupCode } from '../../src/lib/crockford.ts';
import { FILES_DIR } from '../../src/lib/verification.ts';

interface Doc {
  code: string;
  status: string;
  visibility: string;
  file?: string;
  sha256?: string;
}
const root = contentRoot();
const docs = checkContent(root)
  .entries.filter((e) => e.collection === 'documents')
  .map((e) => e.value as unknown as Doc);
const publicDoc = docs.find((d) => d.status === 'valid' && d.file && d.sha256)!;
const revoked = docs.find((d) => d.status === 'revoked')!;
const noHash = docs.find((d) => !d.sha256)!;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let noJs: BrowserContext;
let work: string;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  noJs = await browser.newContext({ javaScriptEnabled: false });
  work = mkdtempSync(join(tmpdir(), 'sngv-verify-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Words of a message with its {{placeholders}} cut out, to find it in the page. */
function words(locale: Locale, key: MessageKey): string {
  return getT(locale)(key, { name: '\u0000', code: '\u0000', date: '\u0000', example: '\u0000' }).split('\u0000')[0]!.trim();
}

async function check(page: Page, file: string): Promise<{ outcome: string | undefined; text: string }> {
  await page.locator('input[type="file"]').setInputFiles(file);
  const result = page.locator('[data-fc-result]');
  await expect.poll(async () => result.getAttribute('data-outcome'), { timeout: 30_000 }).toMatch(/identical|differs/);
  return { outcome: (await result.getAttribute('data-outcome')) ?? undefined, text: await result.innerText() };
}

describe('the register has what these tests need', () => {
  it('a valid public document with a file, a revoked one, one without a hash', () => {
    expect(publicDoc, 'valid public document with a file').toBeDefined();
    expect(revoked, 'revoked document').toBeDefined();
    expect(noHash, 'document without a hash').toBeDefined();
  });
});

describe('check a received file', () => {
  it.each(LOCALES)('%s: the original file is identical to the registered original', async (locale) => {
    const { page, errors, foreign } = await watchedPage(context, server.origin);
    await page.goto(server.origin + localePath(locale, `/v/${publicDoc.code}/`));
    const r = await check(page, join(root, FILES_DIR, publicDoc.file!));
    expect(r.outcome).toBe('identical');
    expect(r.text).toContain(words(locale, 'verify.file.identical'));
    expect(r.text).toContain(publicDoc.sha256!);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('a copy with one byte changed differs from the registered original', async () => {
    const bytes = readFileSync(join(root, FILES_DIR, publicDoc.file!));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    const altered = join(work, publicDoc.file!);
    writeFileSync(altered, bytes);
    const { page, errors } = await watchedPage(context, server.origin);
    // Nothing may leave the browser while the file is checked: no request carries a body.
    const uploads: string[] = [];
    await page.goto(server.origin + `/v/${publicDoc.code}/`);
    page.on('request', (r) => (r.method() !== 'GET' || r.postDataBuffer()) && uploads.push(`${r.method()} ${r.url()}`));
    const r = await check(page, altered);
    expect(r.outcome).toBe('differs');
    expect(r.text).toContain(words('vi', 'verify.file.differs'));
    expect(r.text).not.toContain(publicDoc.sha256!);
    expect(uploads).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 50-MB file is hashed (in a worker) and reported, with the page still working', async () => {
    const big = join(work, 'scan-50mb.pdf');
    const fd = openSync(big, 'w');
    const chunk = Buffer.alloc(1 << 20, 0x25);
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const { page, errors } = await watchedPage(context, server.origin);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(server.origin + `/en/v/${publicDoc.code}/`);
    const r = await check(page, big);
    expect(workers.length, 'the hash ran in a worker, off the main thread').toBeGreaterThan(0);
    expect(r.outcome).toBe('differs');
    // The result names the file and gives the hash Node computes for the same bytes.
    expect(r.text).toContain('scan-50mb.pdf');
    expect(r.text).toContain(createHash('sha256').update(readFileSync(big)).digest('hex'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a document without a registered hash offers no file check and says why', async () => {
    const page = await context.newPage();
    await page.goto(server.origin + `/en/v/${noHash.code}/`);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('a copy cannot be compared');
    await page.close();
  });
});

describe('the verdict comes first', () => {
  it.each(LOCALES)('%s: a revoked document says "revoked" before anything else', async (locale) => {
    const page = await context.newPage();
    await page.goto(server.origin + localePath(locale, `/v/${revoked.code}/`));
    const main = (await page.locator('main').innerText()).trim();
    // First the icon (✕), then the words; nothing comes before them.
    expect(main).toMatch(new RegExp(`^✕\\s*${getT(locale)('verify.verdict.revoked')}`));
    expect(await page.title()).toMatch(new RegExp(`^${getT(locale)('verify.verdict.revoked')}`));
    // The same verdict in the other two languages, for a scanner whose language is unknown.
    for (const other of LOCALES) expect(main).toContain(getT(other)('verify.verdict.revoked'));
    // The icon is there too, but hidden from screen readers that already read the words.
    expect(await page.locator('.verdict-icon[aria-hidden="true"]').innerText()).toBe('✕');
    await page.close();
  });
});

describe('typing a code from a damaged QR', () => {
  const unknown = 'ZZZZ-ZZZZ';

  it('an unknown code gives a helpful message in place', async () => {
    expect(docs.map((d) => d.code)).not.toContain(unknown.replace('-', ''));
    const { page, errors } = await watchedPage(context, server.origin);
    await page.goto(server.origin + '/v/');
    await page.getByLabel(getT('vi')('verify.codeLabel')).fill('zzzz zzzz');
    await page.getByRole('button', { name: getT('vi')('verify.submit') }).click();
    const msg = page.locator('#code-msg');
    await expect.poll(() => msg.innerText()).toContain(getT('vi')('verify.unknown', { code: unknown }));
    expect(await msg.innerText()).toContain(words('vi', 'verify.unknownHelp'));
    expect(await page.locator('#code-input').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toBe(server.origin + '/v/');
    // A 404 for the HEAD lookup is the expected answer, not an error of the page.
    const expected404 = (e: string) => e.includes('/v/ZZZZZZZZ/') || e.startsWith('console: Failed to load resource: the server responded with a status of 404');
    expect(errors.filter((e) => !expected404(e))).toEqual([]);
    await page.close();
  });

  it.each(LOCALES)('%s: lower case, spaces, dashes and O/I/L are read as the code', async (locale) => {
    // Type the code as a person might misread it: lower case, a dash, 0→o and 1→l.
    const typed = groupCode(publicDoc.code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    const page = await context.newPage();
    await page.goto(server.origin + localePath(locale, '/v/'));
    await page.locator('#code-input').fill(` ${typed} `);
    await Promise.all([page.waitForURL(server.origin + localePath(locale, `/v/${publicDoc.code}/`)), page.locator('#code-input').press('Enter')]);
    expect(await page.locator('h1').innerText()).toContain(getT(locale)('verify.verdict.valid'));
    await page.close();
  });

  it('a character that no code contains is named', async () => {
    const page = await context.newPage();
    await page.goto(server.origin + '/en/v/');
    await page.locator('#code-input').fill('K7P2-U5X9');
    await page.locator('#code-input').press('Enter');
    await expect.poll(() => page.locator('#code-msg').innerText()).toContain('“U”');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('/v/ explains the address to type; the code box is hidden', async () => {
    const page = await noJs.newPage();
    await page.goto(server.origin + '/zh/v/');
    expect(await page.locator('form[data-code-lookup]').isVisible()).toBe(false);
    const text = await page.locator('main').innerText();
    expect(text).toContain(words('zh', 'verify.noJs'));
    expect(text).toMatch(/\/zh\/v\/[0-9A-Z]{8}/);
    await page.close();
  });

  it('/v/<CODE>/ shows the verdict, the facts and the hash, and how to check a file by hand', async () => {
    const page = await noJs.newPage();
    await page.goto(server.origin + `/v/${publicDoc.code}/`);
    const text = await page.locator('main').innerText();
    expect(text.trim()).toMatch(new RegExp(`^✓\\s*${getT('vi')('verify.verdict.valid')}`));
    expect(text).toContain(publicDoc.sha256!);
    expect(text).toContain(getT('vi')('verify.file.noJs'));
    expect(text).toContain('certutil -hashfile');
    expect(await page.locator('input[type="file"]').isVisible()).toBe(false);
    await page.close();
  });
});
