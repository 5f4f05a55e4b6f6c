/** Facet values and their labels, for list pages and facet pages. */
import type { Item } from './items.ts';
import { units } from './items.ts';
import type { FacetKey, ListSectionKey } from '../lib/sections.ts';
import type { Locale } from '../lib/locales.ts';
import { getT, label } from '../lib/i18n.ts';
import { text } from '../lib/localized.ts';
import { countryName } from '../lib/countries.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}


export async function facetLabel(section: ListSectionKey, facet: FacetKey, value: string, locale: Locale): Promise<string> {
  const t = getT(locale);
  switch (facet) {
    case 'year':
      return value;
    case 'status':
      return label(t, 'status', value);
    case 'topic':
      return label(t, section === 'faq' ? 'faqTopic' : 'topic', value);
    case 'kind':
      return label(t, 'eventKind', value);
    case 'type':
      return label(t, 'docType', value);
    case 'unit': {
      const u = (await units()).get(value);
      return u ? text(u.shortName, locale) : value;
    }
    case 'country':
      return countryName(value, locale);
  }
}

export async function facetValues(section: ListSectionKey, facet: FacetKey, items: Item[], locale: Locale): Promise<FacetValue[]> {
  const counts = new Map<string, number>();
  for (const i of items) for (const v of i.facets[facet] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  const values = [...counts.keys()].sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
  return Promise.all(values.map(async (value) => ({ value, count: counts.get(value)!, label: await facetLabel(section, facet, value, locale) })));
}
