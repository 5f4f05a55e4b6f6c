/**
 * The register's truth in real Chromium: a document revoked through `npm run register --
 * --revoke` is shown revoked in search results (words before the title, in the reader's
 * language), and its file check never gives a plain green tick; a restricted document is
 * found by no search but its /v/ page works; verification pages state the site's domain;
 * a pasted lookalike address gets a warning instead of silently opening the genuine page.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserSite } from '../helpers/browser-site.ts';
import { nodeSearch } from '../../scripts/lib/pagefind-node.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { contentRoot } from '../../src/node/content-root.ts';
import { readLog } from '../../src/node/register-log.ts';
import { getT, label } from '../../src/lib/i18n.ts';
import { HTML_LANG, LOCALES } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';
import { siteUrl } from '../../src/node/site.ts';
import { FILES_DIR } from '../../src/lib/verification.ts';
import { formatDateShort } from '../../src/lib/dates.ts';

interface Doc {
  id: string;
  code: string;
  number: string;
  status: string;
  statusDate?: string;
  visibility: string;
  file?: string;
  sha256?: string;
  title: Record<string, string>;
}
const root = contentRoot();
const docs = checkContent(root)
  .entries.filter((e) => e.collection === 'documents')
  .map((e) => ({ ...(e.value as unknown as Doc), id: e.id }));
const revoked = docs.find((d) => d.status === 'revoked' && d.visibility === 'public' && d.file)!;
const restricted = docs.find((d) => d.visibility === 'restricted')!;
const valid = docs.find((d) => d.status === 'valid' && d.visibility === 'public' && d.file)!;
const host = new URL(siteUrl()).host;

const site = browserSite({ viewport: { width: 375, height: 800 } });

it('the revoked sample was revoked through the command (its event is in the register log)', () => {
  expect(readLog(root).events.find((e) => e.code === revoked.code && e.event === 'revoked')).toBeDefined();
});

describe.each(LOCALES)('%s', (locale) => {
  const t = getT(locale);

  it('search: the revoked document is a result that says "revoked" before its title, in words', async () => {
    const index = await nodeSearch(site.origin, HTML_LANG[locale].toLowerCase());
    const hits = await index.search(null, { filters: { status: { any: ['revoked'] } } });
    const hit = hits.find((h) => h.url === localePath(locale, `/documents/${revoked.id}/`));
    expect(hit, hits.map((h) => h.url).join(', ')).toBeDefined();
    expect(hit!.meta.status).toBe('revoked');

    const { page, errors } = await site.open(`${localePath(locale, '/search/')}?status=revoked`);
    const heading = page.locator('#search-list > li h3', { has: page.locator(`a[href="${hit!.url}"]`) });
    await expect.poll(() => heading.count(), { timeout: 20_000 }).toBe(1);
    const text = (await heading.innerText()).trim();
    // The locale's colon: "✕ Revoked: …", "✕ 已撤销：…" (full-width, no space).
    expect(text.startsWith(`✕ ${t('status.revoked')}${t('punct.colon')}`), text).toBe(true);
    expect(await heading.locator('.result-status [aria-hidden="true"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('file check: the genuine file of a revoked document is "identical, but revoked", never a green tick', async () => {
    const { page, errors } = await site.open(localePath(locale, `/v/${revoked.code}/`));
    await page.locator('input[type="file"]').setInputFiles(join(root, FILES_DIR, revoked.file!));
    const result = page.locator('[data-fc-result]');
    await expect.poll(() => result.getAttribute('data-outcome'), { timeout: 30_000 }).toBe('identical-not-valid');
    const text = await result.innerText();
    const [lead] = t('verify.file.identicalRevoked', { date: '\u0000', name: '\u0000' }).split('\u0000');
    expect(text).toContain(lead!.trim());
    expect(text).toContain(formatDateShort(revoked.statusDate!, locale));
    expect(text).not.toContain('✓');
    expect(await result.locator('.fc-verdict.ok').count()).toBe(0);
    expect(await result.locator('.fc-verdict.bad').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a restricted document: no search finds it, and its /v/ page gives what matches the paper', async () => {
    const index = await nodeSearch(site.origin, HTML_LANG[locale].toLowerCase());
    for (const q of [restricted.number, restricted.code, restricted.title[locale] ?? restricted.title.vi!]) {
      const hits = await index.search(q);
      for (const h of hits) {
        expect(h.url).not.toContain(restricted.id);
        expect(h.content).not.toContain(restricted.title.vi);
        expect(h.content).not.toContain(restricted.number);
      }
    }
    const { page, errors } = await site.open(localePath(locale, `/v/${restricted.code}/`));
    const main = await page.locator('main').innerText();
    expect(main).toContain(label(t, 'verify.verdict', restricted.status));
    expect(main).toContain(restricted.number);
    expect(main).toContain(restricted.sha256!);
    expect(main).toContain(t('verify.restrictedNote'));
    expect(main).not.toContain(restricted.title[locale] ?? restricted.title.vi!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the verification page says which site it is on, next to the verdict', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + localePath(locale, `/v/${valid.code}/`));
    const verdict = await page.locator('section.verdict').innerText();
    expect(verdict).toContain(t('verify.domain', { host }));
    expect(await page.locator('.verdict-domain').isVisible()).toBe(true);
    await page.close();
  });

  it('a pasted lookalike address is not followed: the box warns and offers the check on this site', async () => {
    const start = site.origin + localePath(locale, '/v/');
    const { page } = await site.open(localePath(locale, '/v/'));
    const lookalike = `https://${host.replace('.', '-')}/v/${valid.code}/`;
    await page.locator('#code-input').fill(lookalike);
    await page.locator('#code-input').press('Enter');
    const warning = page.locator('#code-msg [data-foreign-host]');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.innerText()).toContain(host.replace('.', '-'));
    expect(await warning.innerText()).toContain(host);
    expect(await page.locator('#code-input').getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(start);
    // The genuine address opens the page as before.
    await page.locator('#code-input').fill(`https://${host}${localePath(locale, `/v/${valid.code}/`)}`);
    await Promise.all([page.waitForURL(site.origin + localePath(locale, `/v/${valid.code}/`)), page.locator('#code-input').press('Enter')]);
    await page.close();
  });
});
