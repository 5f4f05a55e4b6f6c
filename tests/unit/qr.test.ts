/** QR payloads and the size limit that keeps a 2-cm print readable. */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { MAX_QR_VERSION, planQr, qrPng, qrSvg, shortVerifyUrl, verifyUrl } from '../../src/lib/qr.ts';
import { DEFAULT_SITE_URL } from '../../src/node/site.ts';
import { routes } from '../../src/lib/routes.ts';

describe('verification URLs', () => {
  it('builds the absolute URL the QR code holds', () => {
    expect(routes.verify('K7P2D5X9')).toBe('/v/K7P2D5X9/');
    expect(verifyUrl('https://songoaivu.langson.gov.vn', 'K7P2D5X9')).toBe('https://songoaivu.langson.gov.vn/v/K7P2D5X9/');
    expect(verifyUrl('https://staging.example.org/', 'M3Q8R4T6')).toBe('https://staging.example.org/v/M3Q8R4T6/');
    expect(shortVerifyUrl('https://songoaivu.langson.gov.vn', 'K7P2D5X9')).toBe('songoaivu.langson.gov.vn/v/K7P2D5X9');
  });
});

describe('QR size', () => {
  it('the department URL fits version 5 at level Q', () => {
    const plan = planQr(verifyUrl(DEFAULT_SITE_URL, 'K7P2D5X9'));
    expect(plan.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    expect(plan.level).toBe('Q');
    expect(plan.size).toBe(17 + 4 * plan.version);
  });

  it('falls back to M for a longer site URL, never below', () => {
    const plan = planQr(verifyUrl('https://cong-thong-tin-dien-tu.songoaivu.langson.gov.vn', 'K7P2D5X9'));
    expect(plan.level).toBe('M');
    expect(plan.version).toBeLessThanOrEqual(MAX_QR_VERSION);
  });

  it('refuses a URL too long to print at 2 cm', () => {
    expect(() => planQr(verifyUrl(`https://${'staging-'.repeat(10)}songoaivu.langson.gov.vn`, 'K7P2D5X9'))).toThrow(/shorter SITE_URL/);
  });

  it('PNG and SVG encode the URL (decoded by a real decoder)', async () => {
    const url = verifyUrl(DEFAULT_SITE_URL, 'M3Q8R4T6');
    const png = PNG.sync.read(Buffer.from(await qrPng(url)));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(url);
    expect(decoded?.version).toBe(planQr(url).version);
    const svg = await qrSvg(url);
    const size = planQr(url).size + 8;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
  });
});
