/**
 * Atom 1.0 (RFC 4287) documents. The XML is written by fast-xml-parser's builder,
 * which escapes text and attributes, so titles with "&" or "<" stay text.
 */
import { XMLBuilder } from 'fast-xml-parser';

export interface AtomEntry {
  /** Permanent, unique IRI of the entry. */
  id: string;
  title: string;
  summary: string;
  /** Language of title and summary when it differs from the feed's (a Vietnamese fallback). */
  lang?: string;
  /** Page the entry is about. */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  categories: { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** xml:lang of the feed (vi, zh-Hans, en). */
  lang: string;
  updated: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the HTML page the feed follows. */
  alternate: string;
  author: { name: string; email?: string; uri?: string };
  rights: string;
  icon?: string;
  entries: AtomEntry[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

export function atomXml(feed: AtomFeed): string {
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.lang,
      id: feed.id,
      title: { '@_type': 'text', '#text': feed.title },
      ...(feed.subtitle ? { subtitle: { '@_type': 'text', '#text': feed.subtitle } } : {}),
      updated: feed.updated,
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.self },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.alternate },
      ],
      author: {
        name: feed.author.name,
        ...(feed.author.email ? { email: feed.author.email } : {}),
        ...(feed.author.uri ? { uri: feed.author.uri } : {}),
      },
      rights: { '@_type': 'text', '#text': feed.rights },
      ...(feed.icon ? { icon: feed.icon } : {}),
      entry: feed.entries.map((e) => ({
        ...(e.lang ? { '@_xml:lang': e.lang } : {}),
        id: e.id,
        title: { '@_type': 'text', '#text': e.title },
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.link },
        ...(e.published ? { published: e.published } : {}),
        updated: e.updated,
        summary: { '@_type': 'text', '#text': e.summary },
        category: e.categories.map((c) => ({ '@_term': c.term, ...(c.label ? { '@_label': c.label } : {}) })),
      })),
    },
  };
  return builder.build(doc) as string;
}
