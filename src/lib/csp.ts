/**
 * The Content-Security-Policy of every page, handed to Astro's `security.csp`. Astro
 * writes it as a `<meta http-equiv>` with a hash of each script and style it bundles, so
 * no `'unsafe-inline'` is ever needed: an injected `<script>` or `style=""` cannot run.
 *
 * Directives a `<meta>` CSP cannot carry (`frame-ancestors`, `report-uri`, `sandbox`)
 * are sent as HTTP headers instead (see the nginx example in README.md); putting them
 * here would only make Chromium log an error on every page.
 */

export interface CspOptions {
  /**
   * Where the feedback form posts JSON, when the site is built with one (issue #9):
   * its origin is the only place other than the site itself a page may talk to.
   */
  feedbackEndpoint?: string;
}

/** Origin of an absolute http(s) URL, or undefined for a relative or missing one. */
export function endpointOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The directive names used here, typed so Astro's config schema accepts the list. */
type DirectiveName =
  | 'default-src'
  | 'base-uri'
  | 'object-src'
  | 'connect-src'
  | 'worker-src'
  | 'img-src'
  | 'font-src'
  | 'frame-src'
  | 'manifest-src'
  | 'form-action';
export type Directive = `${DirectiveName} ${string}`;

export function cspDirectives(opts: CspOptions = {}): Directive[] {
  const feedback = endpointOrigin(opts.feedbackEndpoint);
  return [
    // Anything not named below: only the site itself.
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    // Pagefind fetches its index and fragments; the feedback form may post elsewhere.
    `connect-src 'self'${feedback ? ` ${feedback}` : ''}`,
    // Pagefind runs its search in a worker loaded from /pagefind/pagefind-worker.js.
    "worker-src 'self'",
    // QR codes and icons may be inline SVG data; nothing is fetched from other hosts.
    "img-src 'self' data:",
    "font-src 'self'",
    "frame-src 'none'",
    "manifest-src 'self'",
    // The header search form and the feedback form submit to the site (or its endpoint).
    `form-action 'self'${feedback ? ` ${feedback}` : ''}`,
  ];
}

/** The value of Astro's `security.csp` option. */
export function cspConfig(opts: CspOptions = {}) {
  return {
    algorithm: 'SHA-256' as const,
    directives: cspDirectives(opts),
    scriptDirective: {
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly when the worker falls
      // back to the main thread; it does not allow eval() of JavaScript.
      resources: ["'self'", "'wasm-unsafe-eval'"],
    },
    styleDirective: {
      resources: ["'self'"],
    },
  };
}
