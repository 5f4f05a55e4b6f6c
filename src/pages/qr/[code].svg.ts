/** /qr/<CODE>.svg: the QR code of a document's verification URL, for document templates and the stamp. */
import type { APIRoute } from 'astro';
import { registeredDocs } from '../../data/verify.ts';
import { qrSvg, verifyUrl } from '../../lib/qr.ts';

export async function getStaticPaths() {
  return (await registeredDocs()).map(({ code }) => ({ params: { code } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(verifyUrl(site!, params.code!)), { headers: { 'content-type': 'image/svg+xml' } });
