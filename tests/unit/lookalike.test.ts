/** Which pasted addresses are on another site than the configured one. */
import { describe, expect, it } from 'vitest';
import { isForeignHost, pastedHost } from '../../src/lib/lookalike.ts';

const SITE = 'songoaivu.langson.gov.vn';

describe('pasted verification addresses', () => {
  it('the site itself, with or without scheme, any case and language prefix, is not foreign', () => {
    for (const s of [`https://${SITE}/v/K7P2D5X9/`, `http://SONGOAIVU.langson.gov.vn/en/v/K7P2D5X9`, `${SITE}/zh/v/K7P2-D5X9/`])
      expect(isForeignHost(s, SITE), s).toEqual({ foreign: false, host: SITE });
  });

  it('lookalikes are foreign, and the host is shown as the browser would (punycode for accents)', () => {
    expect(isForeignHost('https://songoaivu-langson.gov.vn/v/K7P2D5X9/', SITE)).toEqual({ foreign: true, host: 'songoaivu-langson.gov.vn' });
    expect(isForeignHost('songoaivu.langson.gov.vn.example.com/v/K7P2D5X9', SITE).foreign).toBe(true);
    expect(isForeignHost(`https://${SITE}@evil.example/v/K7P2D5X9`, SITE)).toEqual({ foreign: true, host: 'evil.example' });
    const accented = isForeignHost('https://songoaivu.langsơn.gov.vn/v/K7P2D5X9', SITE);
    expect(accented.foreign).toBe(true);
    expect(accented.host).toMatch(/^songoaivu\.xn--/);
  });

  it('a code is not an address, even typed with dots or dashes', () => {
    for (const s of ['K7P2D5X9', 'k7p2-d5x9', 'K7P2.D5X9', ' K7P2 D5X9 ', '/v/K7P2D5X9']) expect(pastedHost(s), s).toBeUndefined();
  });

  it('a site on another port or a staging host compares by host name', () => {
    expect(isForeignHost('http://localhost:4321/v/K7P2D5X9/', 'localhost:4321').foreign).toBe(false);
    expect(isForeignHost('https://staging.example/v/K7P2D5X9/', SITE).foreign).toBe(true);
  });
});
