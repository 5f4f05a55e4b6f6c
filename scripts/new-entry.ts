/**
 * `npm run new -- <collection> <id>`: creates a new entry from a template in every
 * language (MDX collections: vi/, zh/, en/ files; YAML collections: one file with all
 * three languages), every required field filled with a «placeholder» and explained in a
 * comment, and says which file to open. Exit code 1 when nothing was created.
 */
import { isAbsolute, join, relative } from 'node:path';
import { createEntry } from '../src/node/editors/new-entry.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { contentRoot } from '../src/node/content-root.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { entryPath } from '../src/lib/urls.ts';

const root = contentRoot();
const [collection, id] = process.argv.slice(2).filter((a) => a !== '--');
const result = createEntry(root, collection, id);
// Paths as the editor would type them from the project folder; absolute when content lives elsewhere.
const shown = (p: string) => {
  const rel = relative(process.cwd(), join(root, p));
  return rel.startsWith('..') || isAbsolute(rel) ? join(root, p) : rel;
};

if (!result.ok) {
  console.error(`✗ Không tạo được mục mới / Nothing created:\n    vi: ${result.vi}\n    en: ${result.en}`);
  if (result.problems) console.error(formatProblems(result.problems));
  process.exit(1);
}

const def = COLLECTIONS[result.collection];
console.log(`✓ Đã tạo / Created ${result.collection}/${result.id}:`);
for (const f of result.files) console.log(`    ${shown(f.path)}${f.primary ? '   ← mở tệp này trước / open this first' : ''}`);
console.log('');
console.log('Tiếp theo / Next:');
console.log('  1. Thay mọi chỗ «…» bằng nội dung thật; đọc chú thích (#) ở mỗi dòng. / Replace every «…»; each field has a comment (#).');
if (def.format === 'mdx')
  console.log('     Chưa dịch? Xoá tệp zh/ hoặc en/: trang sẽ hiện bản tiếng Việt. / Not translating yet? Delete the zh/ or en/ file.');
console.log('  2. Xoá dòng "sample: true" khi nội dung đã là thông tin thật. / Delete "sample: true" once the content is real.');
console.log('  3. npm run check      kiểm tra lỗi / check for mistakes');
if (result.collection === 'documents')
  console.log('     Có tệp PDF đã ký? Nên dùng npm run register -- <tệp.pdf> … (tự tính mã băm). / Have the signed PDF? Prefer npm run register.');
if (result.collection !== 'units')
  console.log(`  4. npm run dev        xem trước / preview: http://localhost:4321${entryPath(result.collection, result.id)}`);
if (result.otherProblems > 0)
  console.log(`\n! Các tệp khác đang có ${result.otherProblems} lỗi (không do mục mới); chạy npm run check để xem. / Other files have ${result.otherProblems} problem(s); run npm run check.`);
