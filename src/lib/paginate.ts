/**
 * Long lists in pages of a fixed size: /policies/, /policies/page/2/, … and the same
 * under a facet (/policies/topic/investment/page/2/). A list page stays a few kilobytes
 * however many entries a section holds, so it loads in one round trip on a phone.
 */

/** Entries per list page: enough to scan, small enough for the 14-KB page budget. */
export const PAGE_SIZE = 25;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Entries of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Page numbers to offer around the current one, with null where some are left out. */
export function pageLinks(current: number, count: number): (number | null)[] {
  const keep = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  const out: (number | null)[] = [];
  let last = 0;
  for (const p of [...keep].sort((a, b) => a - b)) {
    if (p - last > 1) out.push(p - last === 2 ? p - 1 : null);
    out.push(p);
    last = p;
  }
  return out;
}

/** Page numbers from 2 on, for getStaticPaths (page 1 is the list's own address). */
export function extraPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
