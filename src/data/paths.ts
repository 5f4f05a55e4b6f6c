/** getStaticPaths for the generic section routes, in every locale. */
import { allSections } from './items.ts';
import { LIST_SECTIONS, type FacetKey, type ListSectionKey } from '../lib/sections.ts';
import { LOCALES, langParam, type Locale } from '../lib/locales.ts';
import type { Item } from './items.ts';
import { extraPages } from '../lib/paginate.ts';

export async function listPaths() {
  return LOCALES.flatMap((locale) =>
    // Sections with their own list page (FAQ by topic, the price table) are left to that page.
    LIST_SECTIONS.filter((s) => !s.customList).map(({ key }) => ({ params: { lang: langParam(locale), section: key }, props: { locale, section: key } })),
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

/** Pages 2… of the generic section lists (/policies/page/2/). */
export async function listPagePaths() {
  const sections = await allSections();
  return LOCALES.flatMap((locale) =>
    LIST_SECTIONS.filter((s) => !s.customList).flatMap(({ key }) =>
      extraPages((sections.get(key) ?? []).length).map((page) => ({
        params: { lang: langParam(locale), section: key, page: String(page) },
        props: { locale, section: key, page },
      })),
    ),
  );
}

/** Pages 2… of the facet lists (/policies/topic/investment/page/2/). */
export async function facetPagePaths() {
  const out: { params: Record<string, string | undefined>; props: { locale: Locale; section: ListSectionKey; facet: { facet: FacetKey; value: string }; page: number } }[] = [];
  const sections = await allSections();
  for (const p of await facetPaths()) {
    if (p.props.locale !== LOCALES[0]) continue;
    const { section, facet } = p.props;
    const count = (sections.get(section) ?? []).filter((i) => i.facets[facet.facet]?.includes(facet.value)).length;
    for (const page of extraPages(count))
      for (const locale of LOCALES)
        out.push({ params: { lang: langParam(locale), section, facet: facet.facet, value: facet.value, page: String(page) }, props: { locale, section, facet, page } });
  }
  return out;
}
