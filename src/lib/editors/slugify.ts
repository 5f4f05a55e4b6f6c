/**
 * Turns a Vietnamese title into an entry id ("Hội chợ Việt – Trung 2027" →
 * "hoi-cho-viet-trung-2027"), to suggest a valid id when an editor types an invalid one.
 * Unicode decomposition strips the tone and vowel marks; đ has no decomposition and is
 * mapped by hand.
 */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
