/**
 * Content never carries code that runs in a reader's browser. Text in YAML and in MDX
 * front matter is always escaped by the templates; an MDX body, though, is JSX, so a raw
 * `<script>`, `<iframe>` or `onclick=` written there would reach the page as markup.
 * The CSP would block it, but a silently broken page helps nobody: the check stops the
 * build and tells the editor how to show such text instead.
 */
import type { Problem } from './problems.ts';

interface BodyEntry {
  file: string;
  body?: string;
}

/** Elements that load or run something; content has no business emitting them. */
const UNSAFE_TAGS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form'];

/** Code spans, fenced code and MDX comments become spaces (line breaks kept). */
function blankCode(body: string): string {
  const keepLines = (m: string) => m.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, keepLines)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, keepLines)
    .replace(/`[^`\n]*`/g, keepLines)
    .replace(/\\</g, '  '); // "\<script>" is MDX for the literal text "<script>"
}

export function checkUnsafeHtml(entry: BodyEntry, bodyStartLine: number, problems: Problem[]): void {
  if (!entry.body) return;
  const text = blankCode(entry.body);
  const lineAt = (index: number) => bodyStartLine + text.slice(0, index).split('\n').length - 1;
  const showAsText = {
    en: 'to show it as text, put it in backticks (`<script>`) or write \\<script>',
    vi: 'để hiển thị như chữ, đặt trong dấu huyền (`<script>`) hoặc viết \\<script>',
  };
  for (const m of text.matchAll(new RegExp(`<(${UNSAFE_TAGS.join('|')})\\b`, 'gi'))) {
    const tag = m[1]!.toLowerCase();
    problems.push({
      file: entry.file,
      line: lineAt(m.index ?? 0),
      field: `<${tag}>`,
      en: `raw <${tag}> is not allowed in content: pages run no code from content; ${showAsText.en}`,
      vi: `không được dùng thẻ <${tag}> trong nội dung: trang không chạy mã từ nội dung; ${showAsText.vi}`,
    });
  }
  for (const m of text.matchAll(/<[a-zA-Z][^>]*?\s(on[a-z]+)\s*=/g)) {
    problems.push({
      file: entry.file,
      line: lineAt(m.index ?? 0),
      field: m[1]!,
      en: `the event attribute ${m[1]}= is not allowed in content: pages run no code from content`,
      vi: `không được dùng thuộc tính sự kiện ${m[1]}= trong nội dung: trang không chạy mã từ nội dung`,
    });
  }
  for (const m of text.matchAll(/(?:\]\(\s*|href\s*=\s*["'{]\s*["'`]?)javascript:/gi)) {
    problems.push({
      file: entry.file,
      line: lineAt(m.index ?? 0),
      field: 'javascript:',
      en: 'a javascript: link is not allowed in content; link to a page or a file',
      vi: 'không được dùng liên kết javascript: trong nội dung; hãy liên kết đến một trang hoặc một tệp',
    });
  }
}
