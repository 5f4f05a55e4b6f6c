/**
 * The QR codes printed on the department's documents. Each encodes the absolute address of
 * the document's verification page, `<site>/v/<CODE>/`, and must stay readable when printed
 * 2 cm wide: at most version 5 (37 × 37 modules) at error correction M or better.
 */
import QRCode from 'qrcode';
import { routes } from './routes.ts';

/** Largest QR version allowed: beyond 37 modules a 2-cm print gets modules under 0.55 mm. */
export const MAX_QR_VERSION = 5;
/** Modules of white border required around the symbol by ISO/IEC 18004. */
export const QR_QUIET_ZONE = 4;

export type EcLevel = 'M' | 'Q';
/**
 * Q restores up to 25 % of the symbol: enough for a fold, a pen mark or the department's red
 * seal overlapping a corner. M (15 %) is the fallback when a long SITE_URL does not fit Q
 * in version 5; below M the build fails rather than printing a fragile code.
 */
const EC_PREFERENCE: readonly EcLevel[] = ['Q', 'M'];

/** Absolute verification URL, exactly what the QR code holds. */
export function verifyUrl(site: string | URL, code: string): string {
  return new URL(routes.verify(code), site).href;
}

/** Verification URL without the scheme, for printing under the QR ("songoaivu.langson.gov.vn/v/K7P2D5X9"). */
export function shortVerifyUrl(site: string | URL, code: string): string {
  const u = new URL(routes.verify(code), site);
  return `${u.host}${u.pathname.replace(/\/$/, '')}`;
}

export interface QrPlan {
  text: string;
  level: EcLevel;
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
}

/** Chooses the error-correction level and checks the size limit; throws a message naming the URL otherwise. */
export function planQr(text: string): QrPlan {
  for (const level of EC_PREFERENCE) {
    const qr = QRCode.create(text, { errorCorrectionLevel: level });
    if (qr.version <= MAX_QR_VERSION) return { text, level, version: qr.version, size: qr.modules.size };
  }
  throw new Error(
    `the QR code for "${text}" would need a version above ${MAX_QR_VERSION} even at error correction M, ` +
      'too dense to print 2 cm wide: use a shorter SITE_URL',
  );
}

/** SVG of the code, black on white, with the quiet zone; scales to any print size. */
export async function qrSvg(text: string): Promise<string> {
  const plan = planQr(text);
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: plan.level,
    version: plan.version,
    margin: QR_QUIET_ZONE,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

/** PNG of the code, `scale` pixels per module (10 gives about 400 px: sharp at 2 cm and 600 dpi). */
export async function qrPng(text: string, scale = 10): Promise<Uint8Array<ArrayBuffer>> {
  const plan = planQr(text);
  const buf = await QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: plan.level,
    version: plan.version,
    margin: QR_QUIET_ZONE,
    scale,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return Uint8Array.from(buf);
}
