/**
 * `npm run register` end to end on a temporary content folder: the record, the copied file,
 * the register log, the second run, the errors; then the content check accepts the result.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/node/content-check/check.ts';
import { LOG_FILE, readLog } from '../../src/node/register-log.ts';
import { CODE_ALPHABET } from '../../src/lib/crockford.ts';
import { registerDocument, reserveCode } from '../../src/node/register.ts';
import { registerSandbox, type Fixture } from '../helpers/register-sandbox.ts';

const box = registerSandbox('sngv-register-', { SITE_URL: 'https://songoaivu.langson.gov.vn' });
const { pdf, register } = box;
let fx: Fixture;
let work: string;
const setup = () => ({ fx, work } = box.setup());
afterEach(() => vi.restoreAllMocks());

const docs = () => readdirSync(join(fx.root, 'documents')).filter((f) => f.endsWith('.yaml')).sort();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('npm run register', () => {
  it('registers a public PDF: record, copied file, log event, and the content check passes', async () => {
    setup();
    const file = await pdf('giay-moi.pdf', 'Giay moi 15');
    const r = register([file, '--number', '15/GM-SNgV', '--type', 'invitation', '--title', 'Giấy mời dự hội nghị', '--issued', '2026-03-02']);
    expect(r.code, r.out).toBe(0);
    const code = /code (\w{8})/.exec(r.out)?.[1];
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(r.out).toContain(`https://songoaivu.langson.gov.vn/v/${code}/`);
    expect(r.out).toContain(`dist/qr/${code}.svg`);
    expect(r.out).toContain(`/v/${code}/stamp/`);

    const record = parse(readFileSync(join(fx.root, 'documents/15-gm-sngv-2026.yaml'), 'utf8'));
    expect(record).toMatchObject({
      code,
      number: '15/GM-SNgV',
      type: 'invitation',
      title: { vi: 'Giấy mời dự hội nghị' },
      issued: '2026-03-02',
      unit: 'phong-a', // from the latest registered document
      signer: { name: 'Nguyễn Văn A' },
      sha256: sha(file),
      file: '15-gm-sngv-2026.pdf',
      visibility: 'public',
      status: 'valid',
    });
    const copy = join(fx.root, 'documents/files/15-gm-sngv-2026.pdf');
    expect(readFileSync(copy).equals(readFileSync(file))).toBe(true);
    expect(readLog(fx.root).events.find((e) => e.code === code)).toMatchObject({ event: 'issued', sha256: sha(file), number: '15/GM-SNgV', issued: '2026-03-02' });
    expect(checkContent(fx.root).problems).toEqual([]);
  });

  it('a second run on the same file says it is already registered, with its code, and writes nothing', async () => {
    setup();
    const file = await pdf('cv.pdf', 'Cong van 7');
    const first = register([file, '--number', '7/SNgV-VP', '--type', 'letter', '--title', 'Công văn']);
    const code = /code (\w{8})/.exec(first.out)![1];
    const log = readFileSync(join(fx.root, LOG_FILE), 'utf8');
    const before = docs();
    const again = register([file, '--number', '8/SNgV-VP', '--type', 'letter', '--title', 'Công văn khác']);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already registered/);
    expect(again.out).toContain(code);
    expect(docs()).toEqual(before);
    expect(readFileSync(join(fx.root, LOG_FILE), 'utf8')).toBe(log);
  });

  it('a restricted document keeps only its hash: no file is copied', async () => {
    setup();
    const file = await pdf('mat.pdf', 'Restricted');
    const r = register([file, '--number', '9/SNgV-LS', '--type', 'letter', '--title', 'Công văn trả lời', '--restricted', '--signer', 'Trần Văn C', '--position', 'Phó Giám đốc']);
    expect(r.code, r.out).toBe(0);
    const [name] = docs().filter((f) => f.startsWith('9-'));
    const record = parse(readFileSync(join(fx.root, 'documents', name!), 'utf8'));
    expect(record).toMatchObject({ visibility: 'restricted', sha256: sha(file), signer: { name: 'Trần Văn C', position: { vi: 'Phó Giám đốc' } } });
    expect(record.file).toBeUndefined();
    const files = join(fx.root, 'documents/files');
    expect(existsSync(files) ? readdirSync(files) : []).toEqual([]);
    expect(checkContent(fx.root).problems).toEqual([]);
  });

  it('refuses bad input with a message in both languages and writes nothing', async () => {
    setup();
    const file = await pdf('x.pdf', 'x');
    const before = docs();
    const badType = register([file, '--number', '1/X', '--type', 'memo', '--title', 'T']);
    expect(badType.code).toBe(1);
    expect(badType.out).toMatch(/type: .*"plan", "letter", "invitation"/);
    expect(badType.out).toMatch(/giá trị không hợp lệ/);
    const notPdf = join(work, 'note.pdf');
    writeFileSync(notPdf, 'hello');
    const np = register([notPdf, '--number', '1/X', '--type', 'letter', '--title', 'T']);
    expect(np.code).toBe(1);
    expect(np.out).toMatch(/is not a PDF file/);
    const missing = register([file, '--type', 'letter', '--title', 'T']);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/missing --number/);
    const badUnit = register([file, '--number', '1/X', '--type', 'letter', '--title', 'T', '--unit', 'khong-co']);
    expect(badUnit.code).toBe(1);
    expect(badUnit.out).toMatch(/there is no unit "khong-co"/);
    const log = readFileSync(join(fx.root, LOG_FILE), 'utf8');
    const escaped = register([file, '--number', '1/X', '--type', 'letter', '--title', 'T', '--id', '../../../escaped']);
    expect(escaped.code).toBe(1);
    expect(escaped.out).toMatch(/--id "..\/..\/..\/escaped" is not valid: .* never a path/);
    expect(existsSync(join(fx.root, '../../../escaped.yaml'))).toBe(false);
    expect(existsSync(join(fx.root, '..', 'escaped.yaml'))).toBe(false);
    expect(register([file, '--number', '1/X', '--type', 'letter', '--title', 'T', '--id', 'Sub/dir']).code).toBe(1);
    expect(docs()).toEqual(before);
    expect(readFileSync(join(fx.root, LOG_FILE), 'utf8')).toBe(log);
    expect(existsSync(join(fx.root, 'documents/files'))).toBe(false);
  });

  it('a reserved code (QR printed before signing) is used by the later registration', async () => {
    setup();
    const reserved = register(['--reserve']);
    expect(reserved.code, reserved.out).toBe(0);
    const code = /reserved code (\w{8})/.exec(reserved.out)![1]!;
    expect(existsSync(join(work, `qr-${code}.png`))).toBe(true);
    const file = await pdf('qd.pdf', 'Quyet dinh');
    const r = register([file, '--number', '3/QĐ-SNgV', '--type', 'decision', '--title', 'Quyết định', '--code', code.toLowerCase()]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`code ${code}`);
    // The same reserved code cannot serve a second document.
    const other = await pdf('qd2.pdf', 'Quyet dinh 2');
    const twice = register([other, '--number', '4/QĐ-SNgV', '--type', 'decision', '--title', 'Quyết định 2', '--code', code]);
    expect(twice.code).toBe(1);
    expect(twice.out).toMatch(/not a free reserved code/);
  });

  it('never reuses a code, even after its record is deleted', async () => {
    setup();
    const first = await registerDocument(fx.root, { file: await pdf('a.pdf', 'A'), number: '1/CV', type: 'letter', title: { vi: 'A' } });
    expect(first.kind).toBe('registered');
    unlinkSync(join(fx.root, first.record));
    unlinkSync(join(fx.root, 'documents/files', `${first.id}.pdf`));
    // Force the generator to offer the deleted document's code first.
    const bytes = decode(first.code);
    const fresh = [5, 6, 7, 8, 9];
    const offers = [bytes, fresh];
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(((arr: Uint8Array) => {
      arr.set(offers.shift() ?? fresh);
      return arr;
    }) as typeof crypto.getRandomValues);
    const second = await registerDocument(fx.root, { file: await pdf('b.pdf', 'B'), number: '2/CV', type: 'letter', title: { vi: 'B' } });
    expect(second.kind).toBe('registered');
    expect(second.code).not.toBe(first.code);
    expect(offers).toHaveLength(0); // the old code was offered and refused
    vi.restoreAllMocks();
    expect(await reserveCode(fx.root)).not.toBe(first.code);
  });
});

/** Inverse of encodeCode: 8 Crockford characters back to 5 bytes. */
function decode(code: string): number[] {
  let n = 0n;
  for (const c of code) n = (n << 5n) | BigInt(CODE_ALPHABET.indexOf(c));
  return [32n, 24n, 16n, 8n, 0n].map((s) => Number((n >> s) & 255n));
}
