import { describe, expect, it } from 'vitest';
import { cspConfig, cspDirectives, endpointOrigin } from '../../src/lib/csp.ts';

describe('CSP', () => {
  it('allows only the site by default, and never unsafe-inline or unsafe-eval', () => {
    const all = [...cspDirectives(), ...cspConfig().scriptDirective.resources, ...cspConfig().styleDirective.resources].join(' ');
    expect(cspDirectives()).toContain("default-src 'self'");
    expect(cspDirectives()).toContain("object-src 'none'");
    expect(all).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(cspConfig().scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
  it('adds the feedback endpoint origin to connect-src and form-action only', () => {
    const d = cspDirectives({ feedbackEndpoint: 'https://api.example.gov.vn/feedback?x=1' });
    expect(d).toContain("connect-src 'self' https://api.example.gov.vn");
    expect(d).toContain("form-action 'self' https://api.example.gov.vn");
    expect(d.filter((x) => x.includes('api.example'))).toHaveLength(2);
  });
  it('ignores an endpoint that is relative, malformed or not http(s)', () => {
    expect(endpointOrigin('/api/feedback')).toBeUndefined();
    expect(endpointOrigin('javascript:alert(1)')).toBeUndefined();
    expect(endpointOrigin('')).toBeUndefined();
    expect(endpointOrigin('http://127.0.0.1:9999/x')).toBe('http://127.0.0.1:9999');
  });
  it('leaves out directives a <meta> CSP cannot carry', () => {
    expect(cspDirectives().join(';')).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
});
