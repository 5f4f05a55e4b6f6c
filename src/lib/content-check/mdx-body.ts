/**
 * Checks the components used in MDX bodies before the build: a misspelt component
 * (`<Calout>`) otherwise stops the build with a compiler message about JSX, and a
 * `<DocRef number="…">` to an unregistered document must name the file and line.
 * The components themselves fail the build too; this check just says it sooner and
 * more plainly, from `npm run check`.
 */
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';
import { findDocument, type DocLike } from '../mdx/doc-ref.ts';

/** Components every MDX entry may use without importing them (src/components/mdx/). */
export const MDX_COMPONENTS = ['Callout', 'DocRef', 'Steps', 'Figure', 'Table'] as const;

/** Required attributes per component. */
const REQUIRED: Record<string, string[]> = { Figure: ['src', 'alt'] };

interface BodyEntry {
  file: string;
  body?: string;
}

/** Blanks out code and comments but keeps line breaks, so positions stay right. */
function blankOut(body: string): string {
  const keepLines = (m: string) => m.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, keepLines)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, keepLines)
    .replace(/`[^`\n]*`/g, keepLines);
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
    out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Problems in one MDX body; `bodyStartLine` is the file line the body starts on. */
export function checkMdxBody(entry: BodyEntry, bodyStartLine: number, docs: readonly DocLike[], problems: Problem[]): void {
  if (!entry.body) return;
  const text = blankOut(entry.body);
  const lineAt = (index: number) => bodyStartLine + text.slice(0, index).split('\n').length - 1;
  for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const [, name = '', rest = ''] = m;
    const line = lineAt(m.index ?? 0);
    if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
      const hit = closest(name, MDX_COMPONENTS);
      problems.push({
        file: entry.file,
        line,
        field: `<${name}>`,
        en: `unknown component <${name}>${hit ? ` (did you mean <${hit}>?)` : ''}; available: ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
        vi: `không có thành phần <${name}>${hit ? ` (có phải ý bạn là <${hit}>?)` : ''}; các thành phần dùng được: ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      });
      continue;
    }
    const a = attrs(rest);
    for (const req of REQUIRED[name] ?? []) {
      if (!a[req]?.trim()) {
        problems.push({
          file: entry.file,
          line,
          field: `<${name}> ${req}`,
          en: `<${name}> needs ${req}="…"${req === 'alt' ? ': a short description of the image for people who cannot see it' : ''}`,
          vi: `<${name}> cần có ${req}="…"${req === 'alt' ? ': mô tả ngắn nội dung ảnh cho người không xem được ảnh' : ''}`,
        });
      }
    }
    if (name === 'DocRef') {
      const found = findDocument(docs, { number: a.number, code: a.code, year: a.year });
      if (!found.ok) problems.push({ file: entry.file, line, field: `<DocRef>`, en: found.en, vi: found.vi });
    }
  }
}
