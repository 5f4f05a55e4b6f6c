/**
 * `npm run check`: validates all content in a second or two, without building, and
 * lists every problem (file, line, field, fix) in Vietnamese and English.
 * Exit code 1 when anything is wrong.
 */
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const root = contentRoot();
const started = performance.now();
const { problems, entries } = checkContent(root);
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${entries.length} tệp đã kiểm tra / files checked in ${ms} ms.`);
  process.exit(1);
}
console.log(`✓ ${entries.length} tệp nội dung hợp lệ / content files valid (${root}, ${ms} ms).`);
