/**
 * One Chromium for the whole browser test run: started once here, and every e2e file's
 * `launch()` (scripts/lib/browser.ts) connects to it instead of starting its own. Each
 * file still works in its own browser contexts, so files do not see each other's pages,
 * cookies or storage.
 */
import { BROWSER_ENDPOINT_ENV, launchServer } from '../scripts/lib/browser.ts';

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env[BROWSER_ENDPOINT_ENV]) return;
  const server = await launchServer();
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[BROWSER_ENDPOINT_ENV];
    await server.close();
  };
}
