// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteUrl } from './src/node/site.ts';
import { cspConfig } from './src/lib/csp.ts';
import { contentRoot } from './src/node/content-root.ts';
import { safeMdxPlugin } from './src/node/mdx/safe-mdx-plugin.ts';
import { externalLinksPlugin } from './src/node/mdx/external-links.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { routeManifest } from './src/integrations/route-manifest.ts';
import sitemap from '@astrojs/sitemap';
import { sitemapOptions } from './src/lib/opendata/sitemap.ts';
import { restrictedCodes } from './src/node/restricted-codes.ts';
import { shareReads } from './src/node/content-check/shared-reads.ts';

/** Public origin of the site: QR codes, feeds and canonical URLs are built from it. */
const SITE = siteUrl();
// Every reader of content/ in this build (config, check, collections, search, editors'
// pages) shares one reading of each file (src/node/content-check/shared-reads.ts).
shareReads();
/** Restricted documents: their /v/ pages stay out of the sitemap. */
const UNLISTED = restrictedCodes(contentRoot());

export default defineConfig({
  site: SITE,
  // Separate output and cache folders let tests and benchmarks build side by side.
  outDir: process.env.DIST_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // CSS inlined into each page (hashed by the CSP): the HTML and its styles arrive in one
  // response, one round trip less before first paint on a weak connection (README, Performance).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Keeps whitespace between inline elements: 'jsx' mode glues Vietnamese words together.
  compressHTML: true,
  // Shiki colours code with style="" attributes, which the hash-based CSP blocks; code blocks
  // (the editor guide's examples) stay plain <pre><code>, styled by the site's CSS.
  markdown: { syntaxHighlight: false },
  // A hash-based CSP on every page (src/lib/csp.ts): only the bundled scripts and styles run.
  security: { csp: cspConfig({ feedbackEndpoint: process.env.FEEDBACK_ENDPOINT }) },
  integrations: [
    contentCheck(),
    // Content MDX is judged on the compiler's own tree before it becomes code (src/lib/mdx/safe-subset.ts).
    mdx({ processor: satteri({ mdastPlugins: [safeMdxPlugin(contentRoot())], hastPlugins: [externalLinksPlugin(contentRoot())] }) }),
    // Names the route kind of every written file before search indexing reads it.
    routeManifest(),
    pagefindSearch(),
    sitemap(sitemapOptions(UNLISTED)),
  ],
});
