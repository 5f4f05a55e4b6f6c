/**
 * `npm run register -- <file.pdf> --number "…" --type … --title "…" [--restricted]`
 *
 * Registers a signed document for QR verification: hashes the file, assigns a fresh code,
 * writes content/documents/<id>.yaml, copies a public file into content/documents/files/,
 * and says where the QR images and the printable stamp will be after the next build.
 * Running it again on the same file only reports the code it already has.
 * `npm run register -- --reserve` hands out a code first, for a QR printed before signing.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { groupCode } from '../src/lib/crockford.ts';
import { qrImagePath, qrPng, qrSvg, verifyPath, verifyUrl } from '../src/lib/qr.ts';
import { RegisterError, registerDocument, reserveCode } from '../src/lib/register.ts';
import { siteUrl } from '../src/lib/site.ts';
import { DOCUMENT_TYPES } from '../src/schemas/documents.ts';

const USAGE = `Cách dùng / Usage:
  npm run register -- <tệp.pdf> --number "15/GM-SNgV" --type ${DOCUMENT_TYPES.join('|')} --title "Trích yếu"
      [--restricted] [--issued YYYY-MM-DD] [--unit <mã đơn vị>] [--signer "Họ tên" --position "Chức vụ"]
      [--summary "…"] [--title-zh "…"] [--title-en "…"] [--id <mã bản ghi>] [--code <mã đã giữ chỗ>] [--sample]
  npm run register -- --reserve      cấp trước một mã để in QR lên văn bản trước khi ký / reserve a code first`;

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
    `  Mã QR / QR code (sau khi build / after the build): dist${qrImagePath(code, 'svg')}, dist${qrImagePath(code, 'png')}`,
    `  Tem xác thực để in / printable stamp: ${verifyPath(code)}stamp/`,
  ].join('\n');
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  if (values.reserve) {
    const code = reserveCode(root);
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
  if (!file) fail('thiếu đường dẫn tệp PDF', 'the path of the PDF file is missing');
  if (!values.number) fail('thiếu --number (số, ký hiệu văn bản)', 'missing --number (number and symbol)');
  if (!values.type) fail(`thiếu --type (${DOCUMENT_TYPES.join(', ')})`, `missing --type (${DOCUMENT_TYPES.join(', ')})`);
  if (!values.title) fail('thiếu --title (trích yếu tiếng Việt)', 'missing --title (Vietnamese title)');

  const result = registerDocument(root, {
    file,
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
  SHA-256: ${result.sha256}
  Bản ghi / record: content/${result.record}${result.copied ? `\n  Tệp công bố / published file: content/${result.copied}` : '\n  Văn bản hạn chế: không đăng tệp / restricted: the file is not published'}
${result.defaults.length > 0 ? `  Giá trị mặc định đã dùng / defaults used (sửa trong bản ghi nếu sai / edit the record if wrong): ${result.defaults.join('; ')}\n` : ''}${whereAfterBuild(result.code)}
  Tiếp theo / next: thêm bản dịch tiêu đề và tóm tắt vào bản ghi, rồi chạy npm run check và npm run build.`);
} catch (e) {
  if (e instanceof RegisterError) fail(e.vi, e.en);
  throw e;
}
