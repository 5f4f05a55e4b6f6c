/**
 * Which addresses content may link to or load from. One rule for MDX bodies (links,
 * images, link definitions, component attributes) and for URL fields in YAML records.
 *
 * Browsers forgive a lot before they read a scheme: they drop tabs and line breaks
 * anywhere, strip leading control characters and spaces, decode entities in markup and
 * treat "\" like "/". So the rule judges the address as a browser would and then allows
 * only a short list of forms, rather than looking for known bad schemes.
 */
import { say, type Saying } from './content-check/messages.ts';

/**
 * How an address is used: a link in a body (relative paths allowed), an image (this site
 * only), or a URL field of a record (site paths must start with "/", they are shown on
 * pages in every language and in open data).
 */
export type UrlUse = 'link' | 'image' | 'field';

/** rel of a link to another site: marked external, and the other site gets no handle on the page. */
export const EXTERNAL_REL = 'external noopener noreferrer';

export type UrlVerdict = { ok: true; external: boolean } | ({ ok: false } & Saying);

/** Characters no legitimate address contains: C0/C1 controls, spaces, invisible formatting. */
const HIDDEN = /[\u0000-\u0020\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** A refusal followed by what to write instead. */
function refuse(said: Saying): UrlVerdict {
  const fix = say('url.fix');
  return { ok: false, id: said.id, en: `${said.en}; ${fix.en}`, vi: `${said.vi}; ${fix.vi}` };
}

function reject(said: Saying): UrlVerdict {
  return { ok: false, ...said };
}

/**
 * Judges an address as written (after Markdown has decoded entities). Images must come
 * from the site itself: a request to another origin would tell it who reads the page.
 */
export function judgeUrl(raw: string, use: UrlUse = 'link'): UrlVerdict {
  if (raw.length > 2000) return refuse(say('url.tooLong'));
  if (raw.trim() === '') return refuse(say('url.empty'));
  if (HIDDEN.test(raw.trim())) {
    return refuse(say('url.hidden'));
  }
  const url = raw.trim();
  if (url.includes('\\')) {
    return refuse(say('url.backslash'));
  }
  if (url.startsWith('//')) {
    return refuse(say('url.protocolRelative'));
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  // No scheme: a path on this site ("/x/", "x/", "#part", "?q=").
  if (scheme === undefined) {
    // "a:b/c" is a scheme; "a/b:c" is a path. Only a colon before the first "/?#" makes a scheme.
    const head = url.split(/[/?#]/, 1)[0] ?? '';
    if (head.includes(':')) return refuse(say('url.unknownScheme', { url }));
    if (use === 'field' && !url.startsWith('/')) {
      return refuse(say('url.relative', { url }));
    }
    if (use === 'image' && /(^|\/)\.\.?(\/|$)/.test(url.split(/[?#]/, 1)[0] ?? '')) {
      return refuse(say('url.imageDotSegments'));
    }
    if (use === 'image' && !url.startsWith('/')) {
      return reject(say('url.imageNotSitePath'));
    }
    return { ok: true, external: false };
  }
  if (use === 'image') {
    return reject(say('url.imageExternal', { scheme }));
  }
  if (scheme === 'https') {
    // A host is required: "https:/x" or "https:x" is read differently by different parsers.
    if (!/^https:\/\/[^/?#@]+/i.test(url)) return refuse(say('url.httpsNoHost'));
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return refuse(say('url.invalid', { url }));
    }
    if (!host.includes('.')) return refuse(say('url.notPublicHost', { host }));
    return { ok: true, external: true };
  }
  if (scheme === 'mailto' || scheme === 'tel') return { ok: true, external: false };
  if (scheme === 'http') {
    // Every site the department links to serves https; a plain-http link can be rewritten on the way.
    return refuse(say('url.plainHttp'));
  }
  return refuse(say('url.schemeRefused', { scheme }));
}

/** True for an address that leads to another site (shown to readers as external). */
export function isExternal(url: string): boolean {
  return /^https:\/\//i.test(url.trim());
}
