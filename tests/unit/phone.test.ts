import { describe, expect, it } from 'vitest';
import { telHref, telText } from '../../src/lib/phone.ts';

describe('phone numbers', () => {
  it('link with digits only and print without breakable spaces', () => {
    expect(telHref('0205 3812 345')).toBe('tel:02053812345');
    expect(telHref('+84 (205) 381')).toBe('tel:+84205381');
    expect(telText('0205 3812 345')).toBe('0205\u00a03812\u00a0345');
  });
});
