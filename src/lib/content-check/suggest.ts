/**
 * "Did you mean …?" for editors' typos: the closest known name by edit distance, offered
 * only when it is close enough to be a likely slip (a wrong guess is worse than none).
 */
import { say, type Said } from './messages.ts';

/**
 * Edit distance, case-insensitive, where swapping two neighbouring letters counts as one
 * edit (optimal string alignment): "emial" is one slip away from "email", not two.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/** The candidate nearest to `word`, when within a third of its length (at least 1, at most 3 edits). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(word, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit ? best : undefined;
}

/** The hint appended to a message, in both languages; empty strings when there is none. */
export function didYouMean(word: string, candidates: Iterable<string>): Said {
  const hit = closest(word, candidates);
  return hit ? say('field.didYouMean', { list: `"${hit}"` }) : { en: '', vi: '' };
}
