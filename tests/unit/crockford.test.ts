/**
 * Verification codes: what people type is read back to the right code, nothing else is
 * accepted, and fresh codes avoid every code ever issued.
 */
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_RE, encodeCode, generateCode, groupCode, normalizeCode } from '../../src/lib/crockford.ts';
import { DOC_CODE_RE } from '../../src/schemas/documents.ts';

describe('normalizeCode', () => {
  it.each([
    ['K7P2D5X9', 'K7P2D5X9'],
    ['k7p2d5x9', 'K7P2D5X9'],
    ['K7P2-D5X9', 'K7P2D5X9'],
    [' k7p2 d5x9 ', 'K7P2D5X9'],
    ['K7P2 – D5X9', 'K7P2D5X9'],
    ['m3q8.r4t6', 'M3Q8R4T6'],
    // Confusables: O is zero, I and L are one.
    ['MOQ8R4T6', 'M0Q8R4T6'],
    ['mIq8r4t6', 'M1Q8R4T6'],
    ['MlQ8R4T6', 'M1Q8R4T6'],
    ['ｋ７ｐ２ｄ５ｘ９', 'K7P2D5X9'], // full-width letters from a Chinese or Japanese keyboard
    ['https://songoaivu.langson.gov.vn/v/K7P2D5X9/', 'K7P2D5X9'],
    ['songoaivu.langson.gov.vn/en/v/k7p2-d5x9', 'K7P2D5X9'],
  ])('reads %j as %s', (typed, code) => {
    expect(normalizeCode(typed)).toEqual({ ok: true, code });
  });

  it('says what is wrong', () => {
    expect(normalizeCode('  ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(normalizeCode('K7P2D5X')).toMatchObject({ ok: false, problem: 'length', cleaned: 'K7P2D5X' });
    expect(normalizeCode('K7P2D5X99')).toMatchObject({ ok: false, problem: 'length' });
    expect(normalizeCode('K7P2D5XU')).toMatchObject({ ok: false, problem: 'char', bad: ['U'] });
    expect(normalizeCode('K7P2*5X#')).toMatchObject({ ok: false, problem: 'char', bad: ['*', '#'] });
  });

  it('only ever returns codes the schema accepts', () => {
    for (const typed of ['oooooooo', 'iiiillll', 'abcdefgh', 'zzzzzzzz']) {
      const n = normalizeCode(typed);
      if (n.ok) expect(n.code).toMatch(DOC_CODE_RE);
    }
  });
});

describe('codes', () => {
  it('the alphabet is Crockford base32 without I, L, O, U and matches the schema', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    // The pattern the schema checks accepts exactly the characters of the alphabet.
    for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(DOC_CODE_RE.test(c.repeat(8)), c).toBe(CODE_ALPHABET.includes(c));
  });

  it('encodes 40 bits as 8 characters, most significant first', () => {
    expect(encodeCode(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(encodeCode(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    // 0x0000000001 is 1 in the last digit; 0x8000000000 is 16 (H) in the first.
    expect(encodeCode(new Uint8Array([0, 0, 0, 0, 1]))).toBe('00000001');
    expect(encodeCode(new Uint8Array([128, 0, 0, 0, 0]))).toBe('G0000000');
  });

  it('groups a code for reading', () => {
    expect(groupCode('K7P2D5X9')).toBe('K7P2-D5X9');
  });

  it('never hands out a taken code, even when the generator repeats itself', () => {
    const taken = new Set(['00000000', '00000001']);
    const sequence = [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 2],
    ];
    let i = 0;
    const code = generateCode(taken, () => new Uint8Array(sequence[i++]!));
    expect(code).toBe('00000002');
    expect(i).toBe(3);
  });

  it('gives up loudly when the generator is broken', () => {
    expect(() => generateCode(new Set(['00000000']), () => new Uint8Array(5))).toThrow(/could not find an unused/);
  });

  it('random codes are valid and distinct', () => {
    const seen = new Set<string>();
    for (let k = 0; k < 500; k++) seen.add(generateCode(seen));
    expect(seen.size).toBe(500);
    for (const c of seen) expect(c).toMatch(DOC_CODE_RE);
  });
});
