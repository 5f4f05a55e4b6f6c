/** The glossary, read once per build, in the order a reader of each language looks terms up. */
import { getCollection } from 'astro:content';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { Locale } from '../lib/locales.ts';

export type GlossaryEntry = GlossaryData & { id: string };

let cache: Promise<GlossaryEntry[]> | undefined;

export function glossary(): Promise<GlossaryEntry[]> {
  cache ??= getCollection('glossary').then((all) => all.map((e) => ({ ...(e.data as GlossaryData), id: e.id })));
  return cache;
}

/** Entries sorted by their term in the reader's language (Vietnamese and English alphabet, Chinese by pinyin where the runtime knows it). */
export async function glossarySorted(locale: Locale): Promise<GlossaryEntry[]> {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : locale);
  return [...(await glossary())].sort((a, b) => collator.compare(a.term[locale], b.term[locale]) || a.id.localeCompare(b.id));
}
