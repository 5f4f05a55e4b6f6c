/** CSP violations as the page itself reports them (`securitypolicyviolation` events). */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Makes every page of the context record its CSP violations. The listener is added through
 * DevTools (an init script), so the CSP does not apply to the listener itself.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
}

/** What the page has reported so far: "<directive> blocked <URI or inline>". */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
