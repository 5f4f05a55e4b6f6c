/**
 * The two-way channel in Chromium, as a visitor uses it, in every language: the feedback
 * form's messages, the JSON it posts, the e-mail it prefills, the page without JavaScript,
 * the FAQ's "ask a question" link, the price table, and all of it on a 375-px phone.
 *
 * The endpoint mode needs its own build, because FEEDBACK_ENDPOINT is read at build time
 * (the same way a deployment sets it): the test starts a JSON receiver on the loopback port
 * that the second build (tests/helpers/second-build.ts) points FEEDBACK_ENDPOINT at. The
 * shared build (tests/global-setup.ts, no endpoint) covers the e-mail mode. Set
 * SCREENSHOT_DIR to keep the 375-px screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { axeViolations } from '../helpers/axe.ts';
import { FEEDBACK_PATH, FEEDBACK_PORT, secondBuild } from '../helpers/second-build.ts';
import { MESSAGES } from '../../src/lib/i18n.ts';
import { INTL_LOCALE, LOCALES, type Locale } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';
import { FEEDBACK_FIELDS } from '../../src/lib/feedback.ts';
import { contentRoot } from '../../src/node/content-root.ts';

const CONTENT = contentRoot();
const records = (collection: string): (Record<string, any> & { id: string })[] =>
  readdirSync(join(CONTENT, collection))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(CONTENT, collection, f), 'utf8')) as Record<string, any>) }));
const UNITS = records('units');
const DEPARTMENT = UNITS.find((u) => u.kind === 'leadership')!;
const HOTLINE: string = UNITS.find((u) => u.hotline)!.hotline;
const tel = (p: string) => `tel:${p.replace(/[^0-9+]/g, '')}`;
const msg = (locale: Locale, key: string) => MESSAGES[locale][key]!;


/** What a visitor types, in their own language. */
const SENDERS: Record<Locale, Record<(typeof FEEDBACK_FIELDS)[number], string>> = {
  vi: {
    name: 'Hoàng Thị Thu Hà',
    organisation: 'Công ty TNHH Nông sản Đồng Đăng',
    address: 'Số 12 đường Lê Lợi, thị trấn Đồng Đăng, Lạng Sơn',
    phone: '0912 345 678',
    email: 'thuha@dongdang.example.vn',
    topic: 'staff-attitude',
    unit: 'phong-ls-qlbg',
    message: 'Ngày 3/4 tôi đến nộp hồ sơ nhưng không được hướng dẫn rõ ràng.\n\nĐề nghị Sở xem xét.',
  },
  zh: {
    name: '李明',
    organisation: '广西凭祥友谊贸易有限公司',
    address: '广西凭祥市友谊路8号',
    phone: '+86 771 852 3456',
    email: 'liming@pingxiang.example.cn',
    topic: 'access-information',
    unit: 'trung-tam-ttdvdn',
    message: '请问越南语版的投资优惠政策在哪里可以找到中文译本？',
  },
  en: {
    name: 'Jane Okafor',
    organisation: 'Northern Star Logistics Ltd',
    address: '45 Trần Đăng Ninh, Lạng Sơn',
    phone: '',
    email: 'jane.okafor@example.com',
    topic: 'informal-costs',
    unit: '',
    message: 'At the reception desk on 2 May I was asked for an "express fee" with no receipt.',
  },
};

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  browser = await launch();
  site = await serveDist();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const formButton = 'form[data-feedback] button[type="submit"]';

async function fill(page: Page, data: Record<string, string>): Promise<void> {
  for (const f of ['name', 'organisation', 'address', 'phone', 'email', 'message']) await page.fill(`#fb-${f}`, data[f]!);
  await page.selectOption('#fb-topic', data.topic!);
  await page.selectOption('#fb-unit', data.unit!);
}

async function formValues(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of FEEDBACK_FIELDS) out[f] = await page.inputValue(`#fb-${f}`);
  return out;
}

async function openFeedback(context: BrowserContext, origin: string, locale: Locale, search = '') {
  const watched = await watchedPage(context, origin);
  await watched.page.goto(`${origin}${localePath(locale, '/feedback/')}${search}`);
  return watched;
}

describe.each(LOCALES)('feedback form in %s', (locale) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  });
  afterAll(async () => context?.close());

  it('names each missing required field next to it and in a summary that takes focus', async () => {
    const { page, errors, foreign } = await openFeedback(context, site.origin, locale);
    await page.click(formButton);
    const summary = page.locator('[data-error-summary]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    expect(await summary.locator('h3').textContent()).toBe(msg(locale, 'feedback.error.summary'));

    const required = ['name', 'address', 'contact', 'topic', 'message'];
    for (const key of required) {
      const text = await page.textContent(`#fb-${key}-error`);
      expect(text, key).toBe(`${msg(locale, 'feedback.error.prefix')} ${msg(locale, `feedback.error.${key}`)}`);
    }
    for (const key of ['organisation', 'phone', 'email', 'unit']) expect(await page.textContent(`#fb-${key}-error`), key).toBe('');
    expect(await summary.locator('a').allTextContents()).toEqual(required.map((k) => msg(locale, `feedback.error.${k}`)));

    // Each control says it is invalid and points at its message (the group's for phone and e-mail).
    for (const [control, error] of [['name', 'name'], ['address', 'address'], ['phone', 'contact'], ['email', 'contact'], ['topic', 'topic'], ['message', 'message']]) {
      expect(await page.getAttribute(`#fb-${control}`, 'aria-invalid'), control).toBe('true');
      expect((await page.getAttribute(`#fb-${control}`, 'aria-describedby'))?.split(' '), control).toContain(`fb-${error}-error`);
    }
    expect(await page.getAttribute('#fb-organisation', 'aria-invalid')).toBeNull();

    // A summary link moves focus to its field.
    await summary.locator('a', { hasText: msg(locale, 'feedback.error.message') }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fb-message');

    // Corrections update the messages as the visitor types: a half-typed e-mail satisfies
    // "phone or e-mail" but is itself wrong.
    await page.fill('#fb-email', 'thu.ha@');
    expect(await page.textContent('#fb-contact-error')).toBe('');
    expect(await page.textContent('#fb-email-error')).toBe(`${msg(locale, 'feedback.error.prefix')} ${msg(locale, 'feedback.error.email')}`);
    await page.fill('#fb-phone', 'gọi sau 5 giờ');
    expect(await page.textContent('#fb-phone-error')).toBe(`${msg(locale, 'feedback.error.prefix')} ${msg(locale, 'feedback.error.phone')}`);
    await page.fill('#fb-name', 'An');
    expect(await page.textContent('#fb-name-error')).toBe('');
    expect(await page.getAttribute('#fb-name', 'aria-invalid')).toBeNull();

    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SCREENSHOT_DIR) {
      mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `feedback-errors-${locale}-375.png`), fullPage: true });
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('without an endpoint, prefills an e-mail to the department with every field and the message', async () => {
    const { page, errors, foreign } = await openFeedback(context, site.origin, locale);
    // The shared build has no endpoint: the button says an e-mail will be prepared.
    expect((await page.textContent(formButton))?.trim()).toBe(msg(locale, 'feedback.submitMail'));
    const sender = SENDERS[locale];
    await fill(page, sender);
    await page.click(formButton);
    const panel = page.locator('[data-panel="mail"]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const href = (await panel.locator('a[data-mailto]').getAttribute('href'))!;
    expect(href.startsWith(`mailto:${DEPARTMENT.email}?`)).toBe(true);
    const params = new Map(href.slice(href.indexOf('?') + 1).split('&').map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]));
    const body = params.get('body')!;
    expect(params.get('subject')).toContain(msg('vi', `feedback.topic.${sender.topic}`));
    expect(body.endsWith(sender.message.replace(/\n/g, '\r\n'))).toBe(true);
    for (const f of ['name', 'organisation', 'address', 'phone', 'email'] as const) if (sender[f]) expect(body, f).toContain(`: ${sender[f]}\r\n`);
    expect(body).toContain(msg(locale, `feedback.topic.${sender.topic}`));
    // Labels are Vietnamese for the department, and in the sender's language too.
    expect(body).toContain(msg('vi', 'feedback.field.name'));
    expect(body).toContain(msg(locale, 'feedback.field.name'));
    // The text to copy by hand is the same body; nothing typed was cleared.
    expect((await page.inputValue('[data-mailtext]')).replace(/\r\n/g, '\n')).toBe(body.replace(/\r\n/g, '\n'));
    expect(await formValues(page)).toEqual(sender);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('?topic= chooses the topic, and the FAQ\'s "ask a question" link lands on the form set to a question', async () => {
    const { page } = await openFeedback(context, site.origin, locale, '?topic=informal-costs');
    expect(await page.inputValue('#fb-topic')).toBe('informal-costs');
    await page.goto(`${site.origin}${localePath(locale, '/feedback/')}?topic=nonsense`);
    expect(await page.inputValue('#fb-topic')).toBe('');
    await page.goto(`${site.origin}${localePath(locale, '/faq/')}`);
    await page.click('a[data-ask] >> nth=0');
    await page.waitForURL(/\/feedback\/\?topic=question$/);
    expect(new URL(page.url()).pathname).toBe(localePath(locale, '/feedback/'));
    expect(await page.inputValue('#fb-topic')).toBe('question');
    await page.close();
  });

  it('without JavaScript, gives the department\'s e-mail, phone, postal address and the hotline', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await noJs.newPage();
    await page.goto(`${site.origin}${localePath(locale, '/feedback/')}`);
    expect(await page.isVisible('form[data-feedback]')).toBe(false);
    const why = page.locator('noscript p');
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toBe(msg(locale, 'feedback.noscript'));
    const details = page.locator('[data-contact-details]');
    expect(await details.isVisible()).toBe(true);
    expect(await details.locator(`a[href="mailto:${DEPARTMENT.email}"]`).isVisible()).toBe(true);
    for (const p of DEPARTMENT.phones as string[]) expect(await details.locator(`a[href="${tel(p)}"]`).isVisible(), p).toBe(true);
    const address = (await details.locator('address').textContent())!;
    expect(address).toContain(DEPARTMENT.address[locale] ?? DEPARTMENT.address.vi);
    // The hotline is on the page itself, not only in the footer.
    expect(await page.locator(`main a[href="${tel(HOTLINE)}"]`).first().isVisible()).toBe(true);
    expect(await page.locator(`footer a[href="${tel(HOTLINE)}"]`).first().isVisible()).toBe(true);
    await noJs.close();
  });
});

describe('feedback form with an endpoint (a second build with FEEDBACK_ENDPOINT)', () => {
  const received: { contentType: string | undefined; body: any }[] = [];
  let failures = 0;
  let receiver: Server;
  let second: StaticServer;

  beforeAll(async () => {
    // A feedback system as a deployment would run it: a JSON API on another origin, with CORS.
    receiver = createServer((req, res) => {
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
      };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== FEEDBACK_PATH) return void res.writeHead(404, cors).end();
        if (failures > 0) {
          failures--;
          return void res.writeHead(503, cors).end('busy');
        }
        received.push({ contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ id: `PA-2026-${received.length}` }));
      });
    });
    await new Promise<void>((ok) => receiver.listen(FEEDBACK_PORT, '127.0.0.1', ok));
    second = await serveDist(secondBuild());
  });
  afterAll(async () => {
    await second?.close();
    await new Promise((ok) => (receiver ? receiver.close(ok) : ok(undefined)));
  });

  it.each(LOCALES)('in %s, posts JSON with every field and shows the reference', async (locale) => {
    const context = await browser.newContext();
    const { page, errors, foreign } = await openFeedback(context, second.origin, locale);
    expect((await page.textContent(formButton))?.trim()).toBe(msg(locale, 'feedback.submit'));
    const sender = SENDERS[locale];
    await fill(page, sender);
    const before = received.length;
    await page.click(formButton);
    const sent = page.locator('[data-panel="sent"]');
    await expect.poll(() => sent.isVisible()).toBe(true);
    expect(received.length).toBe(before + 1);
    const { contentType, body } = received.at(-1)!;
    expect(contentType).toMatch(/^application\/json/);
    const orNull = (v: string) => (v === '' ? null : v);
    expect(body).toMatchObject({
      name: sender.name,
      organisation: orNull(sender.organisation),
      address: sender.address,
      phone: orNull(sender.phone),
      email: orNull(sender.email),
      topic: sender.topic,
      unit: orNull(sender.unit),
      message: sender.message,
      locale,
      page: `${second.origin}${localePath(locale, '/feedback/')}`,
    });
    expect(Object.keys(body).sort()).toEqual([...FEEDBACK_FIELDS, 'locale', 'page', 'submittedAt'].sort());
    expect(Number.isNaN(Date.parse(body.submittedAt))).toBe(false);
    expect(await sent.locator('[data-ref-value]').textContent()).toBe(`PA-2026-${received.length}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel'))).toBe('sent');
    // Received: the form is empty for the next one.
    expect(await page.inputValue('#fb-message')).toBe('');
    expect(errors).toEqual([]);
    // The only other origin the page talks to is the configured endpoint.
    expect(foreign.filter((u) => !u.startsWith(`http://127.0.0.1:${FEEDBACK_PORT}/`))).toEqual([]);
    await context.close();
  });

  it('on failure, says so, keeps what was typed, offers e-mail, and sends on retry', async () => {
    const locale: Locale = 'vi';
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${second.origin}${localePath(locale, '/feedback/')}`);
    const sender = SENDERS.vi;
    await fill(page, sender);
    failures = 1;
    const before = received.length;
    await page.click(formButton);
    const failed = page.locator('[data-panel="failed"]');
    await expect.poll(() => failed.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel'))).toBe('failed');
    expect(await failed.textContent()).toContain(msg(locale, 'feedback.failed'));
    expect(received.length).toBe(before);
    expect(await formValues(page)).toEqual(sender);
    const mailto = (await failed.locator('a[data-mailto]').getAttribute('href'))!;
    expect(decodeURIComponent(mailto)).toContain(sender.message.replace(/\n/g, '\r\n'));
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'feedback-failed-vi-375.png') });
    await failed.getByRole('button', { name: msg(locale, 'feedback.retry') }).click();
    await expect.poll(() => page.locator('[data-panel="sent"]').isVisible()).toBe(true);
    expect(received.length).toBe(before + 1);
    expect(received.at(-1)!.body.message).toBe(sender.message);
    expect(await failed.isVisible()).toBe(false);
    await context.close();
  });
});

describe('FAQ and price list pages', () => {
  const faqs = records('faq');
  const services = records('services');

  it.each(LOCALES)('in %s, the FAQ shows every question in its topic group, linking to related entries', async (locale) => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}${localePath(locale, '/faq/')}`);
    for (const f of faqs) {
      const entry = page.locator(`[data-faq-topic="${f.topic}"] #faq-${f.id}`);
      expect(await entry.count(), f.id).toBe(1);
      expect(await entry.locator('h3').textContent()).toBe(f.question[locale] ?? f.question.vi);
      for (const ref of f.related as string[]) expect(await entry.locator(`a[href="${localePath(locale, `/${ref}/`)}"]`).count(), `${f.id} → ${ref}`).toBe(1);
      expect(await entry.locator(`a[href="${localePath(locale, `/faq/${f.id}/`)}"]`).count()).toBe(1);
    }
    // Every group ends with a way to ask.
    const groups = await page.locator('[data-faq-topic]').count();
    expect(await page.locator('[data-faq-topic] a[data-ask]').count()).toBe(groups);
    await page.close();
  });

  it.each(LOCALES)('in %s, the price table has every service with its fee in VND formatted for the reader', async (locale) => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}${localePath(locale, '/services/')}`);
    expect(await page.locator('table.price-table tbody tr').count()).toBe(services.length);
    // Written as running text writes it, not Intl's "₫400,000": 400.000 đồng, 400,000越南盾, VND 400,000.
    const n = new Intl.NumberFormat(INTL_LOCALE[locale]);
    const vnd = { format: (v: number) => ({ vi: `${n.format(v)} đồng`, zh: `${n.format(v)}越南盾`, en: `VND ${n.format(v)}` })[locale] };
    for (const s of services) {
      const row = page.locator(`tr[data-service="${s.id}"]`);
      const fee = (await row.locator('td.fee').textContent())!;
      expect(fee, s.id).toBe(s.feeVnd === 0 ? msg(locale, 'meta.free') : vnd.format(s.feeVnd));
      expect(await row.locator('th[scope="row"] a').first().textContent()).toBe(s.title[locale] ?? s.title.vi);
      const cells = await row.locator('td').allTextContents();
      for (const key of ['feeUnit', 'legalBasis', 'howToRequest']) expect(cells, `${s.id}.${key}`).toContain(s[key][locale] ?? s[key].vi);
    }
    await page.close();
  });
});

describe.each(LOCALES)('on a 375-px phone in %s', (locale) => {
  it.each(['contact', 'faq', 'services', 'feedback'])('/%s/ fits the width and shows the hotline', async (section) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, errors, foreign } = await watchedPage(context, site.origin);
    await page.goto(`${site.origin}${localePath(locale, `/${section}/`)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const hotline = page.locator(`a[href="${tel(HOTLINE)}"]`);
    expect(await hotline.last().isVisible()).toBe(true);
    if (section === 'contact' || section === 'feedback') expect(await page.locator(`main a[href="${tel(HOTLINE)}"]`).first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SCREENSHOT_DIR) {
      mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `${section}-${locale}-375.png`), fullPage: true });
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
