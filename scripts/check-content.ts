/**
 * `npm run check`: validates all content in a second or two, without building, and
 * lists every problem (file, line, field, fix) in Vietnamese and English.
 * Exit code 1 when anything is wrong.
 */
import { checkContent } from '../src/node/content-check/check.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { contentRoot } from '../src/node/content-root.ts';
import { findPlaceholders, formatPlaceholderWarning } from '../src/lib/editors/placeholders.ts';

const root = contentRoot();
const started = performance.now();
const { problems, entries } = checkContent(root);
const ms = Math.round(performance.now() - started);
// Colour only on a terminal that wants it: the text must read the same in a log file.
const colour = (code: string, s: string) => (process.stderr.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${s}\x1b[0m` : s);
const unfinished = findPlaceholders(entries);
const warning = unfinished.length > 0 ? colour('33', formatPlaceholderWarning(unfinished)) : '';
if (problems.length > 0) {
  if (warning) console.error(warning + '\n');
  console.error(formatProblems(problems).replace(/^✗ .*$/gm, (line) => colour('1;31', line)));
  console.error(`\n${entries.length} tệp đã kiểm tra / files checked in ${ms} ms.`);
  console.error('Cách đọc thông báo lỗi / How to read these messages: trang /editors/#thong-bao-loi (en: /en/editors/#error-messages)');
  process.exit(1);
}
console.log(`✓ ${entries.length} tệp nội dung hợp lệ / content files valid (${root}, ${ms} ms).`);
if (warning) console.log(`\n${warning}`);
