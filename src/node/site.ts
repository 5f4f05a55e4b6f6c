/**
 * The public origin of the site. QR codes, canonical links and feeds are built from it,
 * so astro.config.mjs and the command-line tools (npm run register) read it from here.
 */
export const DEFAULT_SITE_URL = 'https://songoaivu.langson.gov.vn';

/** SITE_URL at build time (e.g. a staging host), else the department's domain. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || DEFAULT_SITE_URL;
}
