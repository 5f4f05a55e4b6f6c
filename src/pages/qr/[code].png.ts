/** /qr/<CODE>.png: the same QR code as a bitmap, for word processors that do not take SVG. */
import type { APIRoute } from 'astro';
import { registeredDocs } from '../../data/verify.ts';
import { qrPng, verifyUrl } from '../../lib/qr.ts';

export async function getStaticPaths() {
  return (await registeredDocs()).map(({ code }) => ({ params: { code } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrPng(verifyUrl(site!, params.code!)), { headers: { 'content-type': 'image/png' } });
