/** /qr/<CODE>.svg: the QR code of a document's verification URL, for document templates and the stamp. */
import type { APIRoute } from 'astro';
import { qrSvg, verifyUrl } from '../../lib/qr.ts';
import { pathsOf } from '../../data/route-table.ts';

export const getStaticPaths = pathsOf('qr-svg');

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(verifyUrl(site!, params.code!)), { headers: { 'content-type': 'image/svg+xml' } });
