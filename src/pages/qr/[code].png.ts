/** /qr/<CODE>.png: the same QR code as a bitmap, for word processors that do not take SVG. */
import type { APIRoute } from 'astro';
import { qrPng, verifyUrl } from '../../lib/qr.ts';
import { pathsOf } from '../../data/route-table.ts';

export const getStaticPaths = pathsOf('qr-png');

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrPng(verifyUrl(site!, params.code!)), { headers: { 'content-type': 'image/png' } });
