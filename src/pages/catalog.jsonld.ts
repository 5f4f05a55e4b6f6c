/** The DCAT-AP catalogue of every dataset, for data portals to harvest. */
import type { APIRoute } from 'astro';
import { openData } from '../data/opendata.ts';
import { apiPaths, contentType } from '../lib/opendata/paths.ts';

export const GET: APIRoute = async () =>
  new Response((await openData()).files.get(apiPaths.catalog)!, { headers: { 'Content-Type': contentType(apiPaths.catalog) } });
