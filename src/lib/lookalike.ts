/**
 * A verification address pasted into the typed-code box: whose site is it on? A forger's
 * copy of the verification page lives on a lookalike domain (songoaivu-langson.gov.vn,
 * songoaivu.langson.gov.vn.example, an accented "langsơn"); its address must not silently
 * open the genuine page as if nothing were wrong. Pure, so it is unit-tested and bundled.
 */

/**
 * The host name of a pasted address, lower-case and in ASCII (punycode for accented names),
 * or undefined when the input is not an address: it needs a scheme ("https://…") or a
 * dotted host followed by a path ("host.vn/v/…"), so a code typed with dots ("K7P2.D5X9")
 * is still just a code.
 */
export function pastedHost(input: string): string | undefined {
  const s = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
  if (!withScheme && !/^[^\s/?#]+\.[^\s/?#]+\/\S*/.test(s)) return undefined;
  try {
    const host = new URL(withScheme ? s : `https://${s}`).hostname.toLowerCase();
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/** Whether a pasted address belongs to another site than `siteHost` (the configured SITE_URL's host). */
export function isForeignHost(input: string, siteHost: string): { foreign: boolean; host?: string } {
  const host = pastedHost(input);
  if (host === undefined) return { foreign: false };
  const own = new URL(`https://${siteHost}`).hostname.toLowerCase();
  return { foreign: host !== own, host };
}
