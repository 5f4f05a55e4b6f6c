/** The content check's messages are named by id (src/lib/content-check/messages.ts), each in both languages. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { EXPECTATION_IDS, MESSAGES, describeIssue, expected, say, type MessageId } from '../../src/lib/content-check/messages.ts';
import { documentSchema } from '../../src/schemas/documents.ts';
import { slug } from '../../src/schemas/common.ts';

describe('check messages by id', () => {
  it('every message has a Vietnamese and an English wording, and they differ', () => {
    for (const [id, msg] of Object.entries(MESSAGES)) {
      expect(typeof msg.en, id).toBe('function');
      expect(typeof msg.vi, id).toBe('function');
      // 'field.other' passes a library's text on unchanged in both languages.
      if (id !== 'field.other') expect(msg.vi.toString(), id).not.toBe(msg.en.toString());
    }
  });

  it('every expectation the schemas carry reads back to its id, with its Vietnamese', () => {
    expect(new Set(EXPECTATION_IDS.map(expected)).size).toBe(EXPECTATION_IDS.length);
    for (const id of EXPECTATION_IDS) {
      const said = describeIssue({ code: 'invalid_format', format: 'regex', message: expected(id), path: [], input: 'x' } as z.core.$ZodIssue);
      expect(said.id).toBe('field.badFormat');
      expect(said.en).toBe(`expected ${expected(id)}`);
      expect(said.vi).toMatch(/^cần /);
      expect(said.vi).not.toContain(expected(id));
    }
  });

  it('a schema failure is said by id in both languages', () => {
    const r = slug.safeParse('Not A Slug');
    const said = describeIssue(r.error!.issues[0]!);
    expect(said).toMatchObject({ id: 'field.badFormat', vi: expect.stringContaining('chữ thường không dấu') });
    const doc = documentSchema.safeParse({ status: 'revoked' });
    const ids = doc.error!.issues.map((i) => describeIssue(i).id);
    expect(ids).toContain('field.missing' satisfies MessageId);
  });

  it('a cross-field rule carries its message on the issue', () => {
    const s = z.strictObject({ a: z.string(), b: z.string() }).superRefine((d, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['a'], message: 'x', params: { said: say('date.before', { later: 'a', a: d.a, earlier: 'b', b: d.b }) } });
    });
    const said = describeIssue(s.safeParse({ a: '2025-01-01', b: '2025-02-01' }).error!.issues[0]!);
    expect(said).toEqual({ id: 'date.before', en: 'a (2025-01-01) is before b (2025-02-01)', vi: 'a (2025-01-01) sớm hơn b (2025-02-01)' });
  });
});
