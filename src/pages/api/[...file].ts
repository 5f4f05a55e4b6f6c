/**
 * Every file under /api/ (index, datasets as JSON and CSV, one file per record, JSON
 * Schemas, OpenAPI, Data Package). The files are computed together in
 * src/data/opendata.ts; this route only writes each one out.
 */
import type { APIRoute } from 'astro';
import { openData } from '../../data/opendata.ts';
import { contentType } from '../../lib/opendata/paths.ts';
import { routes } from '../../lib/routes.ts';
import { pathsOf } from '../../data/route-table.ts';

export const getStaticPaths = pathsOf('api');

export const GET: APIRoute = async ({ params }) => {
  const path = routes.api(params.file!);
  const body = (await openData()).files.get(path);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'Content-Type': contentType(path) } });
};
