/**
 * Verification codes: 8 characters of Crockford base32 (40 random bits), printed under
 * every QR code and typed by people reading a damaged stamp. Crockford's alphabet leaves
 * out I, L, O and U so that what a person reads can be mapped back without doubt:
 * O is read as 0, I and L as 1; case, spaces and dashes do not matter.
 */

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
export const CODE_RE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** Why a typed code could not be read; the typed-code page explains each case. */
export type CodeProblem = 'empty' | 'length' | 'char';

export type NormalizedCode =
  | { ok: true; code: string }
  | { ok: false; problem: CodeProblem; /** Cleaned input, for the message. */ cleaned: string; /** Offending characters for "char". */ bad: string[] };

/** Characters people use to group a code or that a scanner adds; all ignored. */
const SEPARATORS = /[\s\-–—_.·/]+/g;
/** Crockford's decoding of look-alikes: what a person reads as O is zero, I or L is one. */
const CONFUSABLES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * Reads what a person typed (or pasted: a whole verification URL works too) as a code.
 * "k7p2-d5x9", "K7P2 D5X9" and "K7P2D5X9" are the same; "M3Q8R4T6" typed as "m3q8r4t6" too.
 */
export function normalizeCode(input: string): NormalizedCode {
  let s = input.trim();
  // A pasted verification address: keep what follows "/v/".
  const inUrl = /\/v\/([^/?#]*)/i.exec(s);
  if (inUrl) s = inUrl[1] ?? '';
  const cleaned = s.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (cleaned === '') return { ok: false, problem: 'empty', cleaned, bad: [] };
  const mapped = [...cleaned].map((c) => CONFUSABLES[c] ?? c).join('');
  const bad = [...new Set([...mapped].filter((c) => !CODE_ALPHABET.includes(c)))];
  if (bad.length > 0) return { ok: false, problem: 'char', cleaned, bad };
  if (mapped.length !== CODE_LENGTH) return { ok: false, problem: 'length', cleaned: mapped, bad: [] };
  return { ok: true, code: mapped };
}

/** "K7P2D5X9" → "K7P2-D5X9": two groups of four are easier to read aloud and to type. */
export function groupCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Encodes 5 random bytes (40 bits) as 8 characters. */
export function encodeCode(bytes: Uint8Array): string {
  if (bytes.length !== 5) throw new Error('a code is made of exactly 5 bytes');
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i--) out += CODE_ALPHABET[Number((n >> BigInt(i * 5)) & 31n)];
  return out;
}

/**
 * A fresh code that is not in `taken` (every code ever issued, not only those in use, so a
 * code is never given to a second document). `random` is injectable so tests can force
 * collisions; by default it is the platform's cryptographic generator.
 */
export function generateCode(
  taken: ReadonlySet<string>,
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  // With 2^40 codes a collision is rare; the bound only stops a broken generator from looping.
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = encodeCode(random(5));
    if (!taken.has(code)) return code;
  }
  throw new Error('could not find an unused verification code after 1000 attempts; is the random generator working?');
}
