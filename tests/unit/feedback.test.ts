import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_FIELDS,
  FEEDBACK_LIMITS,
  FEEDBACK_TOPICS,
  feedbackMailto,
  feedbackPayload,
  normaliseFeedback,
  parseFeedbackEndpoint,
  topicFromSearch,
  validateFeedback,
  type FeedbackInput,
  type MailLabels,
} from '../../src/lib/feedback.ts';
import { MESSAGES } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';

const UNITS = ['lanh-dao-so', 'phong-ls-qlbg'];
const valid: FeedbackInput = {
  name: 'Nguyễn Văn An',
  organisation: 'Công ty TNHH Hữu Nghị',
  address: 'Số 5 đường Trần Đăng Ninh, Lạng Sơn',
  phone: '0912 345 678',
  email: 'an@example.vn',
  topic: 'staff-attitude',
  unit: 'phong-ls-qlbg',
  message: 'Cán bộ tiếp nhận hồ sơ hướng dẫn chưa rõ ràng.',
};

describe('validateFeedback', () => {
  it('accepts a complete feedback', () => {
    expect(validateFeedback(valid, UNITS)).toEqual({});
  });

  it('names every missing required field (Decree 92/2017: name, address, phone or e-mail)', () => {
    expect(validateFeedback(normaliseFeedback({}), UNITS)).toEqual({
      name: 'required',
      address: 'required',
      contact: 'contact',
      topic: 'required',
      message: 'required',
    });
  });

  it('needs a phone or an e-mail, not both', () => {
    expect(validateFeedback({ ...valid, phone: '' }, UNITS)).toEqual({});
    expect(validateFeedback({ ...valid, email: '' }, UNITS)).toEqual({});
    expect(validateFeedback({ ...valid, phone: '', email: '' }, UNITS)).toEqual({ contact: 'contact' });
  });

  it('checks the form of phone and e-mail when given', () => {
    expect(validateFeedback({ ...valid, phone: 'gọi sau' }, UNITS)).toEqual({ phone: 'phone' });
    expect(validateFeedback({ ...valid, phone: '+84 205 3812 101' }, UNITS)).toEqual({});
    expect(validateFeedback({ ...valid, email: 'an@example' }, UNITS)).toEqual({ email: 'email' });
    expect(validateFeedback({ ...valid, email: 'an example@x.vn' }, UNITS)).toEqual({ email: 'email' });
  });

  it('refuses a topic or unit not offered by the form', () => {
    expect(validateFeedback({ ...valid, topic: 'praise' }, UNITS)).toEqual({ topic: 'topic' });
    expect(validateFeedback({ ...valid, unit: 'phong-khong-co' }, UNITS)).toEqual({ unit: 'unit' });
    expect(validateFeedback({ ...valid, unit: '' }, UNITS)).toEqual({});
  });

  it('limits lengths', () => {
    const long = 'x'.repeat(FEEDBACK_LIMITS.message + 1);
    expect(validateFeedback({ ...valid, message: long }, UNITS)).toEqual({ message: 'tooLong' });
    expect(validateFeedback({ ...valid, message: long.slice(1) }, UNITS)).toEqual({});
    expect(validateFeedback({ ...valid, organisation: 'x'.repeat(FEEDBACK_LIMITS.organisation + 1) }, UNITS)).toEqual({
      organisation: 'tooLong',
    });
  });

  it('writes line breaks as LF whatever the browser sent', () => {
    expect(normaliseFeedback({ message: ' một\r\nhai\rba\n ' }).message).toBe('một\nhai\nba');
  });

  it('trims before checking, so spaces alone are missing', () => {
    const input = normaliseFeedback({ ...valid, name: '   ', message: '\n\t ' });
    expect(validateFeedback(input, UNITS)).toEqual({ name: 'required', message: 'required' });
  });
});

describe('feedbackPayload', () => {
  it('carries every field, with empty optional ones as null', () => {
    const ctx = { locale: 'zh', page: 'https://x/zh/feedback/', submittedAt: '2026-05-01T03:04:05.000Z' };
    const p = feedbackPayload({ ...valid, organisation: '', unit: '', phone: '' }, ctx);
    expect(p).toEqual({ ...valid, organisation: null, unit: null, phone: null, ...ctx });
    expect(Object.keys(feedbackPayload(valid, ctx)).sort()).toEqual([...FEEDBACK_FIELDS, 'locale', 'page', 'submittedAt'].sort());
  });
});

describe('feedbackMailto', () => {
  const labels: MailLabels = {
    subject: 'Phản ánh, kiến nghị / Feedback',
    fields: Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, `L-${f}`])) as MailLabels['fields'],
    topics: { 'staff-attitude': 'Thái độ / Staff attitude' },
    units: { 'phong-ls-qlbg': 'Phòng LS-QLBG' },
  };
  const url = feedbackMailto('sngv@langson.gov.vn', valid, labels);
  const parsed = new URL(url);
  const params = Object.fromEntries(parsed.search.slice(1).split('&').map((kv) => kv.split('=').map(decodeURIComponent)));

  it('is addressed to the department', () => {
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.pathname).toBe('sngv@langson.gov.vn');
  });

  it('encodes spaces as %20 (a "+" would show in the e-mail) and lines as CRLF', () => {
    expect(url).not.toContain('+');
    expect(url).toContain('%0D%0A');
  });

  it('prefills subject and a body with every given field, labels and the message', () => {
    expect(params.subject).toBe('Phản ánh, kiến nghị / Feedback: Thái độ / Staff attitude');
    const body = params.body!;
    for (const f of ['name', 'organisation', 'address', 'phone', 'email'] as const) expect(body).toContain(`L-${f}: ${valid[f]}`);
    expect(body).toContain('L-topic: Thái độ / Staff attitude');
    expect(body).toContain('L-unit: Phòng LS-QLBG');
    expect(body.endsWith(`L-message:\r\n${valid.message}`)).toBe(true);
  });

  it("turns the message's line breaks into CRLF", () => {
    const body = decodeURIComponent(feedbackMailto('a@b.vn', { ...valid, message: 'một\nhai\r\n\nba' }, labels).split('&body=')[1]!);
    expect(body.endsWith('L-message:\r\nmột\r\nhai\r\n\r\nba')).toBe(true);
  });

  it('leaves out optional fields left empty', () => {
    const body = decodeURIComponent(feedbackMailto('a@b.vn', { ...valid, organisation: '', unit: '' }, labels).split('&body=')[1]!);
    expect(body).not.toContain('L-organisation');
    expect(body).not.toContain('L-unit');
  });
});

describe('topicFromSearch', () => {
  it('takes only topics the form offers', () => {
    expect(topicFromSearch('?topic=informal-costs')).toBe('informal-costs');
    expect(topicFromSearch('?x=1&topic=question')).toBe('question');
    expect(topicFromSearch('?topic=<script>')).toBeUndefined();
    expect(topicFromSearch('')).toBeUndefined();
  });
});

describe('parseFeedbackEndpoint', () => {
  it('is off when unset or blank', () => {
    expect(parseFeedbackEndpoint(undefined)).toBeUndefined();
    expect(parseFeedbackEndpoint('  ')).toBeUndefined();
  });
  it('accepts https, a same-origin path, and http only on loopback', () => {
    expect(parseFeedbackEndpoint('https://phananh.langson.gov.vn/api/sngv')).toBe('https://phananh.langson.gov.vn/api/sngv');
    expect(parseFeedbackEndpoint('/api/feedback')).toBe('/api/feedback');
    expect(parseFeedbackEndpoint('http://127.0.0.1:8080/f')).toBe('http://127.0.0.1:8080/f');
  });
  it('stops the build with the variable named for anything else', () => {
    expect(() => parseFeedbackEndpoint('http://phananh.example.vn/')).toThrow(/FEEDBACK_ENDPOINT.*https/);
    expect(() => parseFeedbackEndpoint('phananh.example.vn')).toThrow(/FEEDBACK_ENDPOINT.*not a URL/);
    expect(() => parseFeedbackEndpoint('//evil.example/')).toThrow(/FEEDBACK_ENDPOINT/);
    expect(() => parseFeedbackEndpoint('javascript:alert(1)')).toThrow(/FEEDBACK_ENDPOINT/);
  });
});

describe('feedback strings', () => {
  it('every topic, field and error has a label in each language', () => {
    const keys = [
      ...FEEDBACK_TOPICS.map((k) => `feedback.topic.${k}`),
      ...FEEDBACK_FIELDS.map((f) => `feedback.field.${f}`),
      ...['name', 'address', 'contact', 'phone', 'email', 'topic', 'unit', 'message', 'tooLong'].map((k) => `feedback.error.${k}`),
    ];
    for (const l of LOCALES) expect(keys.filter((k) => !MESSAGES[l][k]), l).toEqual([]);
  });
});
