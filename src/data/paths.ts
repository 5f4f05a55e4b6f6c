/** getStaticPaths for the generic section routes, in every locale. */
import { allSections } from './items.ts';
import { LIST_SECTIONS, type FacetKey, type ListSectionKey } from '../lib/sections.ts';
import { LOCALES, langParam, type Locale } from '../lib/locales.ts';
import type { Item } from './items.ts';

export async function listPaths() {
  return LOCALES.flatMap((locale) =>
    LIST_SECTIONS.map(({ key }) => ({ params: { lang: langParam(locale), section: key }, props: { locale, section: key } })),
  );
}

export async function detailPaths() {
  const sections = await allSections();
  return LOCALES.flatMap((locale) =>
    [...sections.entries()].flatMap(([section, items]) =>
      items.map((item) => ({ params: { lang: langParam(locale), section, id: item.id }, props: { locale, item } })),
    ),
  );
}

export async function facetPaths() {
  const sections = await allSections();
  const out: { params: Record<string, string | undefined>; props: { locale: Locale; section: ListSectionKey; facet: { facet: FacetKey; value: string } } }[] = [];
  for (const { key, facets } of LIST_SECTIONS) {
    const items: Item[] = sections.get(key) ?? [];
    for (const facet of facets) {
      const values = new Set(items.flatMap((i) => i.facets[facet] ?? []));
      for (const value of [...values].sort())
        for (const locale of LOCALES)
          out.push({ params: { lang: langParam(locale), section: key, facet, value }, props: { locale, section: key, facet: { facet, value } } });
    }
  }
  return out;
}
