/**
 * `npm run register -- <file.pdf> --number "…" --type … --title "…" [--restricted]`
 *
 * Registers a signed document for QR verification: hashes the file, assigns a fresh code,
 * writes content/documents/<id>.yaml, copies a public file into content/documents/files/,
 * and says where the QR images and the printable stamp will be after the next build.
 * Running it again on the same file only reports the code it already has.
 * `npm run register -- --reserve` hands out a code first, for a QR printed before signing.
 * `--revoke`, `--supersede`, `--expire` change a document's status and `--withdraw-reservation`
 * gives up a reserved code: each is an event in the register log (src/node/register-log.ts).
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentRoot } from '../src/node/content-root.ts';
import { groupCode } from '../src/lib/crockford.ts';
import { qrPng, qrSvg, verifyUrl } from '../src/lib/qr.ts';
import { RegisterError, changeStatus, registerDocument, reserveCode, withdrawReservation } from '../src/node/register.ts';
import { RegisterBusyError } from '../src/node/register-lock.ts';
import { siteUrl } from '../src/node/site.ts';
import { DOCUMENT_TYPES } from '../src/schemas/documents.ts';
import { routes } from '../src/lib/routes.ts';

const USAGE = `Cách dùng / Usage:
  npm run register -- <tệp.pdf> --number "15/GM-SNgV" --type ${DOCUMENT_TYPES.join('|')} --title "Trích yếu"
      [--restricted] [--issued YYYY-MM-DD] [--unit <mã đơn vị>] [--signer "Họ tên" --position "Chức vụ"]
      [--summary "…"] [--title-zh "…"] [--title-en "…"] [--id <mã bản ghi>] [--code <mã đã giữ chỗ>] [--sample]
  npm run register -- --no-file "Lý do không lưu bản gốc" --number … --type … --title …   (không có tệp / no file held)
  npm run register -- --reserve      cấp trước một mã để in QR lên văn bản trước khi ký / reserve a code first
  npm run register -- --withdraw-reservation <MÃ>        huỷ mã giữ chỗ không dùng / give up a reserved code
  npm run register -- --revoke <MÃ> --reason "Lý do" [--reason-zh "…"] [--reason-en "…"] [--date YYYY-MM-DD]
  npm run register -- --supersede <MÃ> --by <MÃ-MỚI> [--reason "…"] [--date YYYY-MM-DD]
  npm run register -- --expire <MÃ> [--reason "…"] [--date YYYY-MM-DD]
      thu hồi / thay thế / hết hiệu lực (mặc định hôm nay) / revoke, supersede, expire (default today)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    number: { type: 'string' },
    type: { type: 'string' },
    title: { type: 'string' },
    'title-zh': { type: 'string' },
    'title-en': { type: 'string' },
    summary: { type: 'string' },
    issued: { type: 'string' },
    unit: { type: 'string' },
    signer: { type: 'string' },
    position: { type: 'string' },
    id: { type: 'string' },
    code: { type: 'string' },
    restricted: { type: 'boolean', default: false },
    sample: { type: 'boolean', default: false },
    reserve: { type: 'boolean', default: false },
    'no-file': { type: 'string' },
    'withdraw-reservation': { type: 'string' },
    revoke: { type: 'string' },
    supersede: { type: 'string' },
    expire: { type: 'string' },
    by: { type: 'string' },
    reason: { type: 'string' },
    'reason-zh': { type: 'string' },
    'reason-en': { type: 'string' },
    date: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const root = contentRoot();
const site = siteUrl();

function fail(vi: string, en: string): never {
  console.error(`✗ ${vi}\n  ${en}\n\n${USAGE}`);
  process.exit(1);
}

function whereAfterBuild(code: string): string {
  return [
    `  Trang xác thực / verification page: ${verifyUrl(site, code)}`,
    `  Mã QR / QR code (sau khi build / after the build): dist${routes.qr(code, 'svg')}, dist${routes.qr(code, 'png')}`,
    `  Tem xác thực để in / printable stamp: ${routes.stamp(code)}`,
  ].join('\n');
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** The reason as the register stores it: Vietnamese, with the translations given. */
function reason(): { vi: string; zh?: string; en?: string } | undefined {
  if (!values.reason) {
    if (values['reason-zh'] || values['reason-en']) fail('--reason-zh/--reason-en cần kèm --reason (tiếng Việt)', '--reason-zh/--reason-en need --reason (Vietnamese)');
    return undefined;
  }
  return { vi: values.reason, ...(values['reason-zh'] ? { zh: values['reason-zh'] } : {}), ...(values['reason-en'] ? { en: values['reason-en'] } : {}) };
}

const STATUS_WORDS = { revoked: 'thu hồi / revoked', superseded: 'thay thế / superseded', expired: 'hết hiệu lực / expired' } as const;

try {
  const actions = [values.reserve, values['withdraw-reservation'], values.revoke, values.supersede, values.expire].filter((v) => v !== undefined && v !== false);
  if (actions.length > 1) fail('chỉ dùng một thao tác mỗi lần', 'give one action at a time');
  if (values.revoke !== undefined || values.supersede !== undefined || values.expire !== undefined) {
    const change =
      values.revoke !== undefined
        ? ({ event: 'revoked', code: values.revoke, reason: reason()!, date: values.date } as const)
        : values.supersede !== undefined
          ? ({ event: 'superseded', code: values.supersede, by: values.by ?? fail('thiếu --by <mã văn bản thay thế>', 'missing --by <code of the replacing document>'), reason: reason(), date: values.date } as const)
          : ({ event: 'expired', code: values.expire!, reason: reason(), date: values.date } as const);
    if (change.event === 'revoked' && !change.reason) fail('thiếu --reason "lý do thu hồi"', 'missing --reason "why it is revoked"');
    const done = await changeStatus(root, change);
    console.log(`✓ Đã ghi ${STATUS_WORDS[change.event]}: mã / code ${done.code} (${groupCode(done.code)}) — ${done.date}
  Bản ghi / record: content/${done.record}; sổ nhật ký / register log: content/documents/register-log.jsonl
  Trang xác thực / verification page: ${verifyUrl(site, done.code)}
  Tiếp theo / next: npm run check, npm run build.`);
    process.exit(0);
  }
  if (values['withdraw-reservation'] !== undefined) {
    const code = await withdrawReservation(root, values['withdraw-reservation']);
    console.log(`✓ Đã huỷ mã giữ chỗ / reservation withdrawn: ${code} (${groupCode(code)}); mã này không bao giờ được cấp lại / this code is never issued again.`);
    process.exit(0);
  }
  if (values.reserve) {
    const code = await reserveCode(root);
    // The QR is needed now, before any build: write it next to the editor's files.
    const url = verifyUrl(site, code);
    writeFileSync(`qr-${code}.svg`, await qrSvg(url));
    writeFileSync(`qr-${code}.png`, await qrPng(url));
    console.log(`✓ Đã giữ chỗ mã / reserved code ${code} (${groupCode(code)})
  QR: ${resolve(`qr-${code}.svg`)}, ${resolve(`qr-${code}.png`)} → ${url}
  Khi văn bản đã ký, đăng ký với / when signed, register with: npm run register -- <tệp.pdf> --code ${code} …`);
    process.exit(0);
  }

  const file = positionals[0];
  if (!file && values['no-file'] === undefined) fail('thiếu đường dẫn tệp PDF', 'the path of the PDF file is missing');
  if (!values.number) fail('thiếu --number (số, ký hiệu văn bản)', 'missing --number (number and symbol)');
  if (!values.type) fail(`thiếu --type (${DOCUMENT_TYPES.join(', ')})`, `missing --type (${DOCUMENT_TYPES.join(', ')})`);
  if (!values.title) fail('thiếu --title (trích yếu tiếng Việt)', 'missing --title (Vietnamese title)');

  const result = await registerDocument(root, {
    file,
    noFileReason: values['no-file'],
    number: values.number,
    type: values.type,
    title: { vi: values.title, zh: values['title-zh'], en: values['title-en'] },
    summary: values.summary ? { vi: values.summary } : undefined,
    issued: values.issued,
    unit: values.unit,
    signer: values.signer,
    position: values.position,
    id: values.id,
    code: values.code,
    restricted: values.restricted,
    sample: values.sample,
  });

  if (result.kind === 'already') {
    console.log(`• Tệp này đã được đăng ký / already registered: mã / code ${result.code} (${groupCode(result.code)})
  Bản ghi / record: content/${result.record}
${whereAfterBuild(result.code)}`);
    process.exit(0);
  }

  console.log(`✓ Đã đăng ký / registered: mã / code ${result.code} (${groupCode(result.code)})
  SHA-256: ${result.sha256 ?? '—'}
  Bản ghi / record: content/${result.record}${result.copied ? `\n  Tệp công bố / published file: content/${result.copied}` : result.sha256 ? '\n  Văn bản hạn chế: không đăng tệp / restricted: the file is not published' : '\n  Không có tệp / no file held'}
${result.defaults.length > 0 ? `  Giá trị mặc định đã dùng / defaults used (sửa trong bản ghi nếu sai / edit the record if wrong): ${result.defaults.join('; ')}\n` : ''}${whereAfterBuild(result.code)}
  Tiếp theo / next: thêm bản dịch tiêu đề và tóm tắt vào bản ghi, rồi chạy npm run check và npm run build.`);
} catch (e) {
  if (e instanceof RegisterError) fail(e.vi, e.en);
  if (e instanceof RegisterBusyError) fail('sổ đăng ký đang bị khoá bởi một lệnh npm run register khác; thử lại sau', e.message);
  throw e;
}
