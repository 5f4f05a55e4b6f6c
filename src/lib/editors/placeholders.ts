/**
 * Placeholders written by `npm run new`: text between « and » (marks Vietnamese editors
 * never type in real content), plus the two obviously fake contact values that must
 * still pass their format check. The content check warns about them, the translation
 * report counts a translation still made of them as not done, and the entry stays
 * `sample: true` (a visible "Sample" badge) until an editor removes that line.
 */
export const PLACEHOLDER_EMAIL = 'dia-chi@example.com';
export const PLACEHOLDER_PHONE = '0000 000 000';

const MARKED = /«[^«»\n]*»/;

/** A placeholder text: «what to write». */
export function placeholder(what: string): string {
  return `«${what}»`;
}

export function isPlaceholderText(value: string): boolean {
  return MARKED.test(value) || value === PLACEHOLDER_EMAIL || value === PLACEHOLDER_PHONE;
}

/** Dotted paths of every text in a parsed record that still holds a placeholder. */
export function placeholderPaths(data: unknown, path: string[] = []): string[] {
  if (typeof data === 'string') return isPlaceholderText(data) ? [path.join('.') || '(value)'] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => placeholderPaths(v, [...path, String(i)]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

/** True when an MDX body still holds a placeholder outside comments. */
export function bodyHasPlaceholder(body: string | undefined): boolean {
  if (!body) return false;
  // Hints in MDX comments ({/* … */}) may keep their marks; only visible text counts.
  return MARKED.test(body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''));
}

export interface PlaceholderHit {
  file: string;
  /** Fields still holding a placeholder; "(body)" for the text of an MDX file. */
  fields: string[];
}

/** Files that still hold placeholders, for a warning (they pass the check: they are valid, just unfinished). */
export function findPlaceholders(entries: readonly { file: string; data?: unknown; body?: string | undefined }[]): PlaceholderHit[] {
  const out: PlaceholderHit[] = [];
  for (const e of entries) {
    const fields = placeholderPaths(e.data);
    if (bodyHasPlaceholder(e.body)) fields.push('(body)');
    if (fields.length > 0) out.push({ file: e.file, fields });
  }
  return out;
}

export function formatPlaceholderWarning(hits: readonly PlaceholderHit[]): string {
  const head = `! ${hits.length} tệp còn chỗ «…» chưa điền (trang sẽ hiện đúng chữ đó) / ${hits.length} file(s) still hold «…» placeholders (the page shows them as they are):`;
  return [head, ...hits.map((h) => `    ${h.file} — ${h.fields.join(', ')}`)].join('\n');
}
