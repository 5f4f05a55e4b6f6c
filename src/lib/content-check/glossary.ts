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
import { say } from './messages.ts';
import { LOCALES } from '../locales.ts';

const LANGS = LOCALES;

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
          ...say('glossary.formTooShort', { text }),
        });
        continue;
      }
      const prev = owner.get(key);
      if (prev && prev !== e.id) {
        problems.push({
          ...at,
          ...say('glossary.formTwice', { text, term: prev }),
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
          ...say('glossary.avoidPreferred', { form: f, lang: l }),
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
      ...say('bestBet.unknownTarget', { target, pages: SITE_PAGE_NAMES, sections: [...sections] }),
    });
  }
  return problems;
}
