/**
 * /documents/files/<name>.pdf: the published originals, copied byte for byte from
 * content/documents/files/ (the content check has already compared each with its hash).
 * Restricted documents have no file, so nothing of theirs is ever served.
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentRoot } from '../../../node/content-root.ts';
import { FILES_DIR } from '../../../lib/verification.ts';
import { pathsOf } from '../../../data/route-table.ts';

export const getStaticPaths = pathsOf('published-file');

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(join(contentRoot(), FILES_DIR, `${params.name}.pdf`)), { headers: { 'content-type': 'application/pdf' } });
