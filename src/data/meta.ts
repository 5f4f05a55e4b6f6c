/**
 * The "key facts" table of a detail page, per section. Values are plain text or links;
 * the template renders them, so every section's page looks the same.
 */
import type { Item } from './items.ts';
import { findItem, units } from './items.ts';
import { facetLabel } from './facets.ts';
import { formatDate, formatNumber, formatVnd } from '../lib/dates.ts';
import { countryList } from '../lib/countries.ts';
import { originFormName } from '../lib/origin-forms.ts';
import { text } from '../lib/localized.ts';
import { getT } from '../lib/i18n.ts';
import { localePath } from '../lib/urls.ts';
import type { Locale } from '../lib/locales.ts';

export type MetaValue = string | { href: string; text: string; mono?: boolean };
export interface MetaRow {
  label: string;
  values: MetaValue[];
}

export async function metaRows(item: Item, locale: Locale): Promise<MetaRow[]> {
  const t = getT(locale);
  const d = item.data;
  const rows: MetaRow[] = [];
  const date = (key: string, label = `meta.${key}`) => d[key] && rows.push({ label: t(label), values: [formatDate(d[key], locale)] });
  const loc = (key: string) => d[key] && rows.push({ label: t(`meta.${key}`), values: [text(d[key], locale)] });
  if (d.status) rows.push({ label: t('meta.status'), values: [t(`status.${d.status}`)] });

  switch (item.section) {
    case 'policies':
      loc('issuer');
      date('effectiveFrom');
      date('effectiveTo');
      break;
    case 'mous':
      date('signed');
      rows.push({
        label: t('meta.partners'),
        values: await Promise.all(
          d.partners.map(async (p: any) => t('punct.paren', { text: text(p.name, locale), inner: await facetLabel('mous', 'country', p.country, locale) })),
        ),
      });
      date('validUntil');
      break;
    case 'trade-agreements':
      rows.push({ label: t('meta.shortName'), values: [d.shortName] });
      date('signed');
      date('inForceVietnam');
      rows.push({ label: t('meta.members'), values: [countryList(d.members, locale).join(t('punct.listComma'))] });
      rows.push({ label: t('meta.originForms'), values: d.originForms.map((f: string) => originFormName(f, locale)) });
      break;
    case 'events':
      date('start');
      date('end');
      loc('location');
      rows.push({ label: t('meta.kind'), values: [t(`eventKind.${d.kind}`)] });
      break;
    case 'procedures':
      if (d.nationalCode) rows.push({ label: t('meta.nationalCode'), values: [d.nationalCode] });
      rows.push({ label: t('meta.onlineLevel'), values: [t(`onlineLevel.${d.onlineLevel}`)] });
      loc('timeLimit');
      loc('fee');
      break;
    case 'services':
      rows.push({
        label: t('meta.price'),
        values: [
          d.feeVnd === 0
            ? t('meta.free')
            : `${formatVnd(d.feeVnd, locale)} / ${text(d.feeUnit, locale)}`,
        ],
      });
      loc('legalBasis');
      break;
    case 'faq':
      rows.push({ label: t('list.byTopic'), values: [t(`faqTopic.${d.topic}`)] });
      break;
    case 'documents':
      rows.push({ label: t('meta.number'), values: [d.number] });
      rows.push({ label: t('meta.type'), values: [t(`docType.${d.type}`)] });
      date('issued');
      rows.push({ label: t('meta.signer'), values: [`${d.signer.name}, ${text(d.signer.position, locale)}`] });
      rows.push({ label: t('meta.code'), values: [{ href: localePath(locale, `/v/${d.code}/`), text: d.code, mono: true }] });
      rows.push({ label: t('meta.visibility'), values: [t(`visibility.${d.visibility}`)] });
      break;
  }
  if (d.topics) rows.push({ label: t('meta.topics'), values: d.topics.map((x: string) => t(`topic.${x}`)) });
  if (item.unit) {
    const u = (await units()).get(item.unit);
    if (u) rows.push({ label: t('meta.unit'), values: [{ href: localePath(locale, '/contact/') + `#unit-${u.id}`, text: text(u.name, locale) }] });
  }
  if (item.sourceDocument) {
    const doc = await findItem(`documents/${item.sourceDocument}`);
    if (doc)
      rows.push({
        label: t('meta.sourceDocument'),
        values: [
          { href: localePath(locale, doc.path), text: `${doc.data.number} – ${text(doc.title, locale)}` },
          { href: localePath(locale, `/v/${doc.data.code}/`), text: t('punct.paren', { text: t('detail.verify'), inner: doc.data.code }) },
        ],
      });
  }
  if (item.section !== 'documents') rows.push({ label: t('meta.updated'), values: [formatDate(item.modified, locale)] });
  return rows;
}
