/**
 * Better words for schema problems, from the schema itself: a missing field says what it
 * is for and what to write ("a date YYYY-MM-DD"), an unknown field gets the nearest allowed
 * name ("emial" → "email") and an unknown value the nearest allowed value ("in-forse").
 */
import type { z } from 'astro/zod';
import { infoAt, keysAt } from '../schema-introspect.ts';
import { accepts } from '../editors/field-rows.ts';
import { closest } from './suggest.ts';
import { say, type Said, type Saying } from './messages.ts';

/** Introspection never decides whether content is valid, so its failure only costs a hint. */
function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The message for a required field that is absent (what it is for comes from the schema), or undefined for any other issue. */
export function missingFieldMessage(issue: z.core.$ZodIssue, schema: unknown): Saying | undefined {
  if (issue.code !== 'invalid_type' || (issue as { input?: unknown }).input !== undefined) return undefined;
  const info = safely(() => infoAt(schema, issue.path), undefined);
  if (!info || info.kind === 'other') return undefined;
  const doc = info.doc;
  return say('field.missingExplained', { accepts: { en: accepts(info, 'en', undefined), vi: accepts(info, 'vi', undefined) }, doc });
}

export function issueHint(issue: z.core.$ZodIssue, schema: unknown): Said {
  const pairs: [string, string][] = [];
  if (issue.code === 'unrecognized_keys') {
    const allowed = safely(() => keysAt(schema, issue.path), []);
    for (const key of issue.keys) {
      const hit = closest(key, allowed);
      if (hit) pairs.push([key, hit]);
    }
  } else if (issue.code === 'invalid_value') {
    const input = (issue as { input?: unknown }).input;
    const hit = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
    if (hit) pairs.push([String(input), hit]);
  }
  if (pairs.length === 0) return { en: '', vi: '' };
  const list = pairs.length === 1 ? `"${pairs[0]![1]}"` : pairs.map(([from, to]) => `"${from}" → "${to}"`).join(', ');
  return say('field.didYouMean', { list });
}
