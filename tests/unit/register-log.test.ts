/**
 * The register under pressure: concurrent registrations through the real command, status
 * changes as events, hand edits that the check must stop (each message naming the code and
 * the command), and the hash chain recomputed by an implementation written here, independent
 * of the site's (canonical JSON per RFC 8785 for the values the log holds).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/node/content-check/check.ts';
import { LOG_FILE } from '../../src/node/register-log.ts';
import { registerSandbox, type Fixture } from '../helpers/register-sandbox.ts';

const box = registerSandbox('sngv-register-log-');
const { pdf } = box;
const register = box.registerAsync;
let fx: Fixture;
const setup = () => ({ fx } = box.setup());

const records = () =>
  readdirSync(join(fx.root, 'documents'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(fx.root, 'documents', f), 'utf8')) as Record<string, any>);
const logText = () => readFileSync(join(fx.root, LOG_FILE), 'utf8');
const events = () => logText().trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

/** RFC 8785 for strings, integers, booleans, null, arrays and objects: keys sorted by UTF-16 code units. */
function jcs(v: unknown): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`the log holds only integers, found ${v}`);
    return String(v);
  }
  if (Array.isArray(v)) return `[${v.map(jcs).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(o[k])}`).join(',')}}`;
}

/** Recomputes every hash and link; returns the first broken seq or -1. */
export function firstBroken(list: Record<string, any>[]): number {
  let prev: string | null = null;
  for (let i = 0; i < list.length; i++) {
    const { hash, ...rest } = list[i]!;
    const mine = createHash('sha256').update(jcs(rest), 'utf8').digest('hex');
    if (rest.seq !== i || rest.prev !== prev || mine !== hash) return i;
    prev = hash;
  }
  return -1;
}

describe('register log', () => {
  it('6 parallel registrations, three rounds: 6 records, 6 codes, 6 chained events each round, and the check passes', async () => {
    setup();
    const files = await Promise.all(Array.from({ length: 18 }, (_, i) => pdf(`p${i}.pdf`, `Parallel ${i}`)));
    for (let round = 0; round < 3; round++) {
      const before = records().length;
      const logBefore = events().length;
      const batch = files.slice(round * 6, round * 6 + 6);
      const results = await Promise.all(
        batch.map((f, i) => register([f, '--number', `${round * 6 + i + 1}/CV-SNgV`, '--type', 'letter', '--title', `Công văn ${i}`, '--issued', '2026-04-01'])),
      );
      for (const r of results) expect(r.code, r.out).toBe(0);
      const codes = results.map((r) => /code (\w{8})/.exec(r.out)![1]);
      expect(new Set(codes).size).toBe(6);
      expect(records().length).toBe(before + 6);
      const issued = events().slice(logBefore);
      expect(issued.map((e) => e.event)).toEqual(Array(6).fill('issued'));
      expect(new Set(issued.map((e) => e.code))).toEqual(new Set(codes));
      expect(firstBroken(events())).toBe(-1);
      expect(checkContent(fx.root).problems).toEqual([]);
    }
  }, 120_000);

  it('the same file registered three times at once gets one code and one record', async () => {
    setup();
    const file = await pdf('same.pdf', 'Same file');
    const results = await Promise.all([1, 2, 3].map(() => register([file, '--number', '5/GM-SNgV', '--type', 'invitation', '--title', 'Giấy mời'])));
    for (const r of results) expect(r.code, r.out).toBe(0);
    const codes = new Set(results.map((r) => /code (\w{8})/.exec(r.out)![1]));
    expect(codes.size).toBe(1);
    expect(results.filter((r) => /already registered/.test(r.out))).toHaveLength(2);
    expect(records().filter((r) => r.number === '5/GM-SNgV')).toHaveLength(1);
    expect(events().filter((e) => e.event === 'issued')).toHaveLength(2); // the fixture's and this one
    expect(checkContent(fx.root).problems).toEqual([]);
  }, 60_000);

  it('refuses a number already registered in the same year', async () => {
    setup();
    const a = await register([await pdf('a.pdf', 'A'), '--number', '7/CV-SNgV', '--type', 'letter', '--title', 'A', '--issued', '2025-02-01']);
    expect(a.code, a.out).toBe(0);
    const b = await register([await pdf('b.pdf', 'B'), '--number', '7/cv-sngv', '--type', 'letter', '--title', 'B', '--issued', '2025-09-01']);
    expect(b.code).toBe(1);
    expect(b.out).toMatch(/the number 7\/cv-sngv of 2025 is already registered/);
    const c = await register([await pdf('c.pdf', 'C'), '--number', '7/CV-SNgV', '--type', 'letter', '--title', 'C', '--issued', '2026-01-05']);
    expect(c.code, c.out).toBe(0);
  }, 60_000);

  it('status commands append events and write the record; the check passes; a second change is refused', async () => {
    setup();
    const one = /code (\w{8})/.exec((await register([await pdf('1.pdf', 'One'), '--number', '1/QĐ-SNgV', '--type', 'decision', '--title', 'QĐ 1', '--issued', '2026-01-10'])).out)![1]!;
    const two = /code (\w{8})/.exec((await register([await pdf('2.pdf', 'Two'), '--number', '2/QĐ-SNgV', '--type', 'decision', '--title', 'QĐ 2', '--issued', '2026-03-10'])).out)![1]!;
    const three = /code (\w{8})/.exec((await register([await pdf('3.pdf', 'Three'), '--number', '3/GM-SNgV', '--type', 'invitation', '--title', 'GM 3', '--issued', '2026-03-11'])).out)![1]!;
    const sup = await register(['--supersede', one, '--by', two, '--date', '2026-03-10']);
    expect(sup.code, sup.out).toBe(0);
    const exp = await register(['--expire', three, '--date', '2026-04-01']);
    expect(exp.code, exp.out).toBe(0);
    const rev = await register(['--revoke', 'AB12-CD34', '--reason', 'Ghi sai nơi nhận', '--reason-en', 'Wrong recipient', '--date', '2025-06-01']);
    expect(rev.code, rev.out).toBe(0);
    const reserved = /reserved code (\w{8})/.exec((await register(['--reserve'])).out)![1]!;
    const wd = await register(['--withdraw-reservation', reserved]);
    expect(wd.code, wd.out).toBe(0);

    const byCode = new Map(records().map((r) => [r.code, r]));
    expect(byCode.get(one)).toMatchObject({ status: 'superseded', statusDate: '2026-03-10', supersededBy: two, statusReason: { vi: 'Được thay thế bằng văn bản số 2/QĐ-SNgV (mã ' + two + ').' } });
    expect(byCode.get(three)).toMatchObject({ status: 'expired', statusDate: '2026-04-01' });
    expect(byCode.get('AB12CD34')).toMatchObject({ status: 'revoked', statusDate: '2025-06-01', statusReason: { vi: 'Ghi sai nơi nhận', en: 'Wrong recipient' } });
    const tail = events().slice(-5);
    expect(tail.map((e) => [e.event, e.code])).toEqual([
      ['superseded', one],
      ['expired', three],
      ['revoked', 'AB12CD34'],
      ['reserved', reserved],
      ['reservation-withdrawn', reserved],
    ]);
    expect(tail[2]).toMatchObject({ date: '2025-06-01', reason: { vi: 'Ghi sai nơi nhận', en: 'Wrong recipient' } });
    expect(firstBroken(events())).toBe(-1);
    expect(checkContent(fx.root).problems).toEqual([]);

    const again = await register(['--revoke', one, '--reason', 'x']);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(new RegExp(`the document ${one} is already "superseded"`));
    const unknown = await register(['--expire', 'ZZZZZZZZ']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/ZZZZZZZZ was never issued/);
    const noReason = await register(['--revoke', two]);
    expect(noReason.code).toBe(1);
    expect(noReason.out).toMatch(/missing --reason/);
    const taken = await register([await pdf('4.pdf', 'Four'), '--number', '4/CV', '--type', 'letter', '--title', 'T', '--code', reserved]);
    expect(taken.code).toBe(1);
    expect(taken.out).toMatch(/not a free reserved code/);
  }, 90_000);
});

describe('the check stops hand edits of the register, naming the code and the command', () => {
  it('a deleted record', async () => {
    setup();
    const r = await register([await pdf('d.pdf', 'Deleted'), '--number', '9/CV-SNgV', '--type', 'letter', '--title', 'Xoá', '--id', 'cv-xoa']);
    const code = /code (\w{8})/.exec(r.out)![1]!;
    unlinkSync(join(fx.root, 'documents/cv-xoa.yaml'));
    unlinkSync(join(fx.root, 'documents/files/cv-xoa.pdf'));
    const p = checkContent(fx.root).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: LOG_FILE, field: `${code} (9/CV-SNgV)` });
    expect(p[0]!.en).toContain(`the record of ${code} (number 9/CV-SNgV`);
    expect(p[0]!.en).toContain(`npm run register -- --revoke ${code}`);
    expect(p[0]!.vi).toContain('đã bị xóa');
  }, 30_000);

  it('a status edited by hand', () => {
    setup();
    fx.edit('documents/cv-1.yaml', (s) => s.replace('status: valid', "status: revoked\nstatusDate: '2025-07-01'\nstatusReason: { vi: Sai }"));
    const p = checkContent(fx.root).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'documents/cv-1.yaml', field: 'status' });
    expect(p[0]!.en).toContain('the status of AB12CD34 was edited by hand');
    expect(p[0]!.en).toContain('npm run register -- --revoke AB12CD34 --reason "…" --date 2025-07-01');
  });

  it('a revoked document turned back to valid by hand', async () => {
    setup();
    expect((await register(['--revoke', 'AB12CD34', '--reason', 'Sai', '--date', '2025-07-01'])).code).toBe(0);
    fx.edit('documents/cv-1.yaml', (s) => s.replace('status: revoked', 'status: valid').replace(/statusDate:.*\n/, '').replace(/statusReason:\n(\s+.*\n)+/, ''));
    const p = checkContent(fx.root).problems;
    expect(p).toHaveLength(1);
    expect(p[0]!.en).toContain('the register log says revoked 2025-07-01');
    expect(p[0]!.en).toContain('git checkout documents/cv-1.yaml');
  }, 30_000);

  it('a reserved code written into a record by hand', async () => {
    setup();
    const code = /reserved code (\w{8})/.exec((await register(['--reserve'])).out)![1]!;
    fx.write('documents/cv-2.yaml', readFileSync(join(fx.root, 'documents/cv-1.yaml'), 'utf8').replace("code: 'AB12CD34'", `code: '${code}'`).replace('1/CV-SNgV', '2/CV-SNgV'));
    const p = checkContent(fx.root).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'documents/cv-2.yaml', field: 'code' });
    expect(p[0]!.en).toContain(`the code ${code} is reserved for a document not yet signed`);
    expect(p[0]!.en).toContain(`npm run register -- <signed.pdf> --code ${code}`);
  }, 30_000);

  it('an invented code, and a hash changed in the record', () => {
    setup();
    fx.write('documents/cv-3.yaml', readFileSync(join(fx.root, 'documents/cv-1.yaml'), 'utf8').replace("code: 'AB12CD34'", "code: 'CD34EF56'").replace('1/CV-SNgV', '3/CV-SNgV'));
    const p = checkContent(fx.root).problems;
    expect(p).toHaveLength(1);
    expect(p[0]!.en).toContain('the code CD34EF56 is not in the register log');
  });
});

describe('the chain', () => {
  it('the committed register log verifies with the independent implementation', () => {
    const list = readFileSync('content/documents/register-log.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(list.length).toBeGreaterThan(0);
    expect(firstBroken(list)).toBe(-1);
    expect(list[0].prev).toBeNull();
    for (const e of list) {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(e).slice(0, 4)).toEqual(['seq', 'at', 'code', 'event']);
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
  });

  it('tampering with one event (a changed hash in the middle, a removed line, a rewritten status) stops the check; the independent verifier agrees', async () => {
    setup();
    for (let i = 0; i < 3; i++) await register([await pdf(`t${i}.pdf`, `T${i}`), '--number', `${i + 20}/CV`, '--type', 'letter', '--title', `T${i}`]);
    const good = logText();
    const lines = good.trim().split('\n');
    const tampered: [string, string[]][] = [
      ['hash', lines.map((l, i) => (i === 2 ? l.replace(/"sha256":"[0-9a-f]{4}/, '"sha256":"0000') : l))],
      ['seq', lines.filter((_, i) => i !== 1)],
      ['hash', lines.map((l, i) => (i === 1 ? l.replace('"number":"20/CV"', '"number":"99/CV"') : l))],
    ];
    for (const [field, broken] of tampered) {
      writeFileSync(join(fx.root, LOG_FILE), `${broken.join('\n')}\n`);
      expect(firstBroken(broken.map((l) => JSON.parse(l)))).toBeGreaterThan(-1);
      const p = checkContent(fx.root).problems;
      expect(p.length).toBeGreaterThan(0);
      expect(p[0]!.file).toBe(LOG_FILE);
      expect(p[0]!.field).toContain(field);
      expect(p[0]!.en).toContain('git checkout content/documents/register-log.jsonl');
      // The command refuses to write on a broken log.
      const r = await register(['--reserve']);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/the register log is broken, nothing was written/);
    }
    writeFileSync(join(fx.root, LOG_FILE), good);
    expect(checkContent(fx.root).problems).toEqual([]);
    expect(existsSync(join(fx.root, 'documents/.register.lock'))).toBe(false);
  }, 60_000);
});
