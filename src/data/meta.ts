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
import { getT, type MessageKey } from '../lib/i18n.ts';
import type { LocalizedText } from '../lib/localized.ts';
import { localePath } from '../lib/urls.ts';
import type { Locale } from '../lib/locales.ts';
import { routes } from '../lib/routes.ts';

export type MetaValue = string | { href: string; text: string; mono?: boolean };
export interface MetaRow {
  label: string;
  values: MetaValue[];
}

export async function metaRows(item: Item, locale: Locale): Promise<MetaRow[]> {
  const t = getT(locale);
  const rows: MetaRow[] = [];
  const date = (label: MessageKey, value: string | undefined) => value && rows.push({ label: t(label), values: [formatDate(value, locale)] });
  const loc = (label: MessageKey, value: LocalizedText | undefined) => value && rows.push({ label: t(label), values: [text(value, locale)] });
  if ('status' in item.data) rows.push({ label: t('meta.status'), values: [t(`status.${item.data.status}`)] });

  switch (item.section) {
    case 'policies': {
      const d = item.data;
      loc('meta.issuer', d.issuer);
      date('meta.effectiveFrom', d.effectiveFrom);
      date('meta.effectiveTo', d.effectiveTo);
      break;
    }
    case 'mous': {
      const d = item.data;
      date('meta.signed', d.signed);
      rows.push({
        label: t('meta.partners'),
        values: await Promise.all(
          d.partners.map(async (p) => t('punct.paren', { text: text(p.name, locale), inner: await facetLabel('mous', 'country', p.country, locale) })),
        ),
      });
      date('meta.validUntil', d.validUntil);
      break;
    }
    case 'trade-agreements': {
      const d = item.data;
      rows.push({ label: t('meta.shortName'), values: [d.shortName] });
      date('meta.signed', d.signed);
      date('meta.inForceVietnam', d.inForceVietnam);
      rows.push({ label: t('meta.members'), values: [countryList(d.members, locale).join(t('punct.listComma'))] });
      rows.push({ label: t('meta.originForms'), values: d.originForms.map((f) => originFormName(f, locale)) });
      break;
    }
    case 'events': {
      const d = item.data;
      date('meta.start', d.start);
      date('meta.end', d.end);
      loc('meta.location', d.location);
      rows.push({ label: t('meta.kind'), values: [t(`eventKind.${d.kind}`)] });
      break;
    }
    case 'procedures': {
      const d = item.data;
      if (d.nationalCode) rows.push({ label: t('meta.nationalCode'), values: [d.nationalCode] });
      rows.push({ label: t('meta.onlineLevel'), values: [t(`onlineLevel.${d.onlineLevel}`)] });
      loc('meta.timeLimit', d.timeLimit);
      loc('meta.fee', d.fee);
      break;
    }
    case 'services': {
      const d = item.data;
      rows.push({
        label: t('meta.price'),
        values: [
          d.feeVnd === 0
            ? t('meta.free')
            : `${formatVnd(d.feeVnd, locale)} / ${text(d.feeUnit, locale)}`,
        ],
      });
      loc('meta.legalBasis', d.legalBasis);
      break;
    }
    case 'faq':
      rows.push({ label: t('list.byTopic'), values: [t(`faqTopic.${item.data.topic}`)] });
      break;
    case 'documents': {
      const d = item.data;
      rows.push({ label: t('meta.number'), values: [d.number] });
      rows.push({ label: t('meta.type'), values: [t(`docType.${d.type}`)] });
      date('meta.issued', d.issued);
      rows.push({ label: t('meta.signer'), values: [`${d.signer.name}, ${text(d.signer.position, locale)}`] });
      rows.push({ label: t('meta.code'), values: [{ href: localePath(locale, routes.verify(d.code)), text: d.code, mono: true }] });
      rows.push({ label: t('meta.visibility'), values: [t(`visibility.${d.visibility}`)] });
      break;
    }
  }
  if ('topics' in item.data) rows.push({ label: t('meta.topics'), values: item.data.topics.map((x) => t(`topic.${x}`)) });
  if (item.unit) {
    const u = (await units()).get(item.unit);
    if (u) rows.push({ label: t('meta.unit'), values: [{ href: localePath(locale, routes.contact(u.id)), text: text(u.name, locale) }] });
  }
  if (item.sourceDocument) {
    const doc = await findItem(`documents/${item.sourceDocument}`);
    if (doc)
      rows.push({
        label: t('meta.sourceDocument'),
        values: [
          { href: localePath(locale, doc.path), text: `${doc.data.number} – ${text(doc.title, locale)}` },
          { href: localePath(locale, routes.verify(doc.data.code)), text: t('punct.paren', { text: t('detail.verify'), inner: doc.data.code }) },
        ],
      });
  }
  if (item.section !== 'documents') rows.push({ label: t('meta.updated'), values: [formatDate(item.modified, locale)] });
  return rows;
}
