/** How DDCI figures are written for a reader: decimals per locale, a true minus sign, arrows. */
import { formatNumber } from '../dates.ts';
import type { Locale } from '../locales.ts';
import { direction, type Direction } from './changes.ts';

/** Scores with at least two decimals ("8,12", "6,40", "80,17"), as the plans print most of them. */
export function formatScore(n: number, locale: Locale): string {
  return formatNumber(n, locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 }).replace('-', '−');
}

/** A change with its sign always shown: "+1,25", "−1,08", "0,00". */
export function formatSigned(n: number, locale: Locale): string {
  const s = formatNumber(n, locale, { minimumFractionDigits: 2, maximumFractionDigits: 3, signDisplay: 'exceptZero' });
  return s.replace('-', '−');
}

export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', same: '▬' };

export function arrowFor(delta: number): string {
  return ARROWS[direction(delta)];
}
