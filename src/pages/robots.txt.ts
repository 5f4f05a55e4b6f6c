/** robots.txt: everything may be crawled; the sitemap lists every page with its languages. */
import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.sitemap(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
