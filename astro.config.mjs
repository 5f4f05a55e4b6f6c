// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';

/** Public origin of the site: QR codes, feeds and canonical URLs are built from it. */
const SITE = process.env.SITE_URL || 'https://songoaivu.langson.gov.vn';

export default defineConfig({
  site: SITE,
  // Separate output and cache folders let tests and benchmarks build side by side.
  outDir: process.env.DIST_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keeps whitespace between inline elements: 'jsx' mode glues Vietnamese words together.
  compressHTML: true,
  integrations: [contentCheck(), mdx()],
});
