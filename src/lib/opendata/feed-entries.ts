/**
 * What goes into a feed: each entry when first published or last changed, and each
 * of its major updates as an item of its own (how the change history reaches feed
 * readers). Newest first, capped, ties broken by id so builds are deterministic.
 */
import type { AtomEntry } from './atom.ts';
import { pick, type LocalizedText } from '../localized.ts';
import { HTML_LANG, type Locale } from '../locales.ts';
import { localePath } from '../urls.ts';

/** Calendar dates are Vietnamese days: midnight in Hà Nội (UTC+7). */
export function dayStart(date: string): string {
  return `${date}T00:00:00+07:00`;
}

/** Feeds keep the newest entries only: enough for any reader, small on a weak connection. */
export const FEED_LIMIT = 100;

export interface FeedSource {
  section: string;
  id: string;
  /** Locale-independent page path, e.g. "/policies/x/". */
  path: string;
  title: LocalizedText;
  summary: LocalizedText;
  published?: string;
  /** Last change of the entry (YYYY-MM-DD). */
  modified: string;
  updates: readonly { date: string; note: LocalizedText; major: boolean }[];
  categories: { term: string; label?: string }[];
  /** A document no longer valid: its status is said in its entry and announced as an entry of its own. */
  statusChange?: {
    /** YYYY-MM-DD of the change. */
    date: string;
    /** Said before the summary, e.g. "[Revoked since 5 June 2026]". */
    prefix: string;
    /** Title of the status entry, from the document's title. */
    title: (documentTitle: string) => string;
    /** Why (the register's reason). */
    note: LocalizedText;
  };
}

export interface FeedLabels {
  /** Prefix of an update item's title, e.g. "Cập nhật". */
  update: string;
}

export function feedEntries(sources: readonly FeedSource[], locale: Locale, site: string, labels: FeedLabels, limit = FEED_LIMIT): AtomEntry[] {
  const entries: AtomEntry[] = [];
  for (const s of sources) {
    const url = new URL(localePath(locale, s.path), site).href;
    const title = pick(s.title, locale);
    const summary = pick(s.summary, locale);
    const lang = title.fallback || summary.fallback ? HTML_LANG.vi : undefined;
    const change = s.statusChange;
    entries.push({
      id: url,
      title: title.text,
      summary: change ? `${change.prefix} ${summary.text}` : summary.text,
      ...(lang ? { lang } : {}),
      link: url,
      updated: dayStart(s.modified),
      ...(s.published ? { published: dayStart(s.published) } : {}),
      categories: s.categories,
    });
    s.updates.forEach((u, i) => {
      if (!u.major) return;
      const note = pick(u.note, locale);
      entries.push({
        id: `${url}#update-${u.date}-${i + 1}`,
        title: `${labels.update}: ${title.text}`,
        summary: note.text,
        ...(note.fallback || title.fallback ? { lang: HTML_LANG.vi } : {}),
        link: url,
        updated: dayStart(u.date),
        categories: s.categories,
      });
    });
    if (change) {
      const note = pick(change.note, locale);
      entries.push({
        id: `${url}#status-${change.date}`,
        title: change.title(title.text),
        summary: `${change.prefix} ${note.text}`,
        ...(note.fallback || title.fallback ? { lang: HTML_LANG.vi } : {}),
        link: url,
        updated: dayStart(change.date),
        categories: s.categories,
      });
    }
  }
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return entries.slice(0, limit);
}
