/**
 * Checks across glossary entries and best bets that no single schema can make: search
 * rewrites every glossary form into its term (src/lib/search-synonyms.ts), so a form that
 * belongs to two terms, a form translators are told to avoid that is also listed as a good
 * one, or a one-letter form (which would swallow every word starting with it) is an error;
 * a best bet must point at a page that exists.
 */
import type { Problem } from './problems.ts';
import type { CheckedEntry } from '../../node/content-check/check.ts';
import { normalizeText } from '../search-synonyms.ts';
import { LIST_SECTIONS } from '../sections.ts';
import { SITE_PAGE_NAMES } from '../search-pages.ts';

const LANGS = ['vi', 'zh', 'en'] as const;

/** Every form of a glossary record with the path it was written at. */
function formsOf(v: Record<string, any>): { path: PropertyKey[]; text: string }[] {
  const out: { path: PropertyKey[]; text: string }[] = [];
  for (const l of LANGS) out.push({ path: ['term', l], text: v.term[l] });
  (v.abbreviations as string[]).forEach((a, i) => out.push({ path: ['abbreviations', i], text: a }));
  for (const l of LANGS) ((v.variants?.[l] ?? []) as string[]).forEach((f, i) => out.push({ path: ['variants', l, i], text: f }));
  return out;
}

export function checkGlossary(entries: CheckedEntry[], ids: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  const glossary = entries.filter((e) => e.collection === 'glossary' && e.value).sort((a, b) => a.id.localeCompare(b.id));
  for (const e of glossary) {
    const v = e.value as Record<string, any>;
    for (const { path, text } of formsOf(v)) {
      const key = normalizeText(text);
      const at = { file: e.file, line: e.lineOf(path), field: path.join('.') };
      if ([...key.replace(/ /g, '')].length < 2) {
        problems.push({
          ...at,
          en: `"${text}" is too short for search to tell it from other words: write it with its context (e.g. "Form E", not "E")`,
          vi: `"${text}" quá ngắn, tìm kiếm không phân biệt được với các từ khác: hãy viết kèm ngữ cảnh (ví dụ "mẫu E", không phải "E")`,
        });
        continue;
      }
      const prev = owner.get(key);
      if (prev && prev !== e.id) {
        problems.push({
          ...at,
          en: `"${text}" is already a form of the glossary term "${prev}": a form can belong to one term only, or search could not tell which term is meant`,
          vi: `"${text}" đã là một cách viết của thuật ngữ "${prev}": mỗi cách viết chỉ thuộc một thuật ngữ, nếu không tìm kiếm không biết người dùng muốn tìm gì`,
        });
      } else owner.set(key, e.id);
    }
    // A form to avoid may still be listed as a variant (people type "informal costs"; search
    // must find the term), but never as the preferred term itself: that is a contradiction.
    // Compared exactly, in the same language: "Sở Ngoại Vụ" (wrong capital) is not "Sở Ngoại vụ".
    for (const l of LANGS) {
      ((v.avoid?.[l] ?? []) as string[]).forEach((f, i) => {
        if (f.trim() !== String(v.term[l]).trim()) return;
        problems.push({
          file: e.file,
          line: e.lineOf(['avoid', l, i]),
          field: `avoid.${l}.${i}`,
          en: `"${f}" is the preferred term (term.${l}) and also a form to avoid; remove it from one of the two`,
          vi: `"${f}" vừa là thuật ngữ chuẩn (term.${l}) vừa nằm trong danh sách cần tránh; hãy xóa ở một trong hai chỗ`,
        });
      });
    }
  }
  const sections = new Set<string>(LIST_SECTIONS.map((s) => s.key));
  for (const e of entries) {
    if (e.collection !== 'best-bets' || !e.value) continue;
    const target = (e.value as { target: string }).target;
    if ((SITE_PAGE_NAMES as string[]).includes(target)) continue;
    const [coll, id] = target.split('/') as [string, string];
    if (sections.has(coll) && ids.get(coll)?.has(id)) continue;
    problems.push({
      file: e.file,
      line: e.lineOf(['target']),
      field: 'target',
      en: `"${target}" is no page of the site: write one of ${SITE_PAGE_NAMES.join(', ')} or an entry "section/id" of ${[...sections].join(', ')}`,
      vi: `"${target}" không phải một trang của trang web: hãy ghi một trong ${SITE_PAGE_NAMES.join(', ')} hoặc một mục "mục/mã" thuộc ${[...sections].join(', ')}`,
    });
  }
  return problems;
}
