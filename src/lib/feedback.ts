/**
 * The feedback form's rules, shared by the page (build time), the browser script and the
 * tests: which fields there are, what makes them valid, the JSON sent to an endpoint and
 * the e-mail prefilled when there is none. Pure, so plain Node and the bundler both run it.
 *
 * Decree 20/2008/NĐ-CP as amended by Decree 92/2017/NĐ-CP asks that feedback give the
 * sender's name, address and a way to reach them (phone or e-mail) with its content.
 */

/**
 * What the feedback is about. The first five are the ones the DDCI plans name; `question`
 * is where the FAQ's "ask a question" links land, so questions are not filed as "other".
 */
export const FEEDBACK_TOPICS = ['access-information', 'staff-attitude', 'informal-costs', 'procedure', 'question', 'other'] as const;
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number];

/** Form fields in the order they appear (also the order of lines in the e-mail). */
export const FEEDBACK_FIELDS = ['name', 'organisation', 'address', 'phone', 'email', 'topic', 'unit', 'message'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];
export type FeedbackInput = Record<FeedbackField, string>;

/** Longest accepted value per free-text field (the message stays short enough for a mailto: link). */
export const FEEDBACK_LIMITS: Record<Exclude<FeedbackField, 'topic' | 'unit'>, number> = {
  name: 120,
  organisation: 200,
  address: 300,
  phone: 20,
  email: 254,
  message: 3000,
};

export type FeedbackError = 'required' | 'contact' | 'phone' | 'email' | 'topic' | 'unit' | 'tooLong';
/** Where an error is shown: a field, or `contact` (the phone/e-mail group as a whole). */
export type FeedbackErrorKey = FeedbackField | 'contact';
export type FeedbackErrors = Partial<Record<FeedbackErrorKey, FeedbackError>>;

const PHONE = /^\+?[0-9 ().-]{6,20}$/;
// Deliberately loose: one @, something on each side, a dot in the domain. The mail server is the real judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isFeedbackTopic(v: unknown): v is FeedbackTopic {
  return typeof v === 'string' && (FEEDBACK_TOPICS as readonly string[]).includes(v);
}

/**
 * Trims every field and writes line breaks as LF (a form hands a textarea over with CRLF);
 * missing fields become empty strings.
 */
export function normaliseFeedback(raw: Partial<Record<string, unknown>>): FeedbackInput {
  const out = {} as FeedbackInput;
  for (const f of FEEDBACK_FIELDS) out[f] = typeof raw[f] === 'string' ? (raw[f] as string).replace(/\r\n?/g, '\n').trim() : '';
  return out;
}

/**
 * Errors per field, in form order; an empty object means the feedback can be sent.
 * `units` are the ids a sender may choose as the unit concerned (the field is optional).
 */
export function validateFeedback(input: FeedbackInput, units: readonly string[]): FeedbackErrors {
  const e: FeedbackErrors = {};
  const tooLong = (f: keyof typeof FEEDBACK_LIMITS) => input[f].length > FEEDBACK_LIMITS[f];
  if (!input.name) e.name = 'required';
  else if (tooLong('name')) e.name = 'tooLong';
  if (tooLong('organisation')) e.organisation = 'tooLong';
  if (!input.address) e.address = 'required';
  else if (tooLong('address')) e.address = 'tooLong';
  if (!input.phone && !input.email) e.contact = 'contact';
  if (input.phone && !PHONE.test(input.phone)) e.phone = 'phone';
  if (input.email && (tooLong('email') || !EMAIL.test(input.email))) e.email = 'email';
  if (!input.topic) e.topic = 'required';
  else if (!isFeedbackTopic(input.topic)) e.topic = 'topic';
  if (input.unit && !units.includes(input.unit)) e.unit = 'unit';
  if (!input.message) e.message = 'required';
  else if (tooLong('message')) e.message = 'tooLong';
  return e;
}

/**
 * The JSON body posted to FEEDBACK_ENDPOINT (documented in README). Optional fields left
 * empty are null, so a receiver can tell "not given" from text.
 */
export interface FeedbackPayload {
  name: string;
  organisation: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  topic: FeedbackTopic;
  /** Id of the unit concerned (as in content/units), or null. */
  unit: string | null;
  message: string;
  /** Language of the page the sender used: vi, zh or en. */
  locale: string;
  /** Address of the page the form was sent from. */
  page: string;
  /** When the sender pressed "send", ISO 8601 in UTC. */
  submittedAt: string;
}

export function feedbackPayload(input: FeedbackInput, ctx: { locale: string; page: string; submittedAt: string }): FeedbackPayload {
  const orNull = (v: string) => (v === '' ? null : v);
  return {
    name: input.name,
    organisation: orNull(input.organisation),
    address: input.address,
    phone: orNull(input.phone),
    email: orNull(input.email),
    topic: input.topic as FeedbackTopic,
    unit: orNull(input.unit),
    message: input.message,
    locale: ctx.locale,
    page: ctx.page,
    submittedAt: ctx.submittedAt,
  };
}

/** Texts of the prefilled e-mail, already in the languages wanted (the page composes them). */
export interface MailLabels {
  subject: string;
  fields: Record<FeedbackField, string>;
  topics: Record<string, string>;
  units: Record<string, string>;
}

/**
 * A mailto: URL (RFC 6068) with subject and body prefilled. Percent-encoding is done by
 * hand: URLSearchParams writes spaces as "+", which mail programs show literally.
 */
export function feedbackMailto(to: string, input: FeedbackInput, labels: MailLabels): string {
  const lines: string[] = [];
  for (const f of FEEDBACK_FIELDS) {
    if (f === 'message' || !input[f]) continue;
    const value = f === 'topic' ? (labels.topics[input.topic] ?? input.topic) : f === 'unit' ? (labels.units[input.unit] ?? input.unit) : input[f];
    lines.push(`${labels.fields[f]}: ${value}`);
  }
  // RFC 6068 wants CRLF line breaks in a mailto: body; a textarea gives bare LF.
  lines.push('', `${labels.fields.message}:`, input.message.replace(/\r?\n/g, '\r\n'));
  const topic = labels.topics[input.topic] ?? input.topic;
  const subject = `${labels.subject}: ${topic}`;
  const body = lines.join('\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The topic named by `?topic=` in a page address, when it is one of ours. */
export function topicFromSearch(search: string): FeedbackTopic | undefined {
  const v = new URLSearchParams(search).get('topic');
  return isFeedbackTopic(v) ? v : undefined;
}

/**
 * Reads FEEDBACK_ENDPOINT at build time. Empty means "no endpoint: use e-mail". Anything
 * else must be an https URL, an http URL on this machine (for tests), or a path on the
 * site's own origin (behind the same web server); otherwise the build stops.
 * (src/lib/csp.ts adds the endpoint's origin to the page's `connect-src`.)
 */
export function parseFeedbackEndpoint(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (v.startsWith('/') && !v.startsWith('//')) return v;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`FEEDBACK_ENDPOINT: "${v}" is not a URL; expected https://… or a path such as /api/feedback`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return url.href;
  throw new Error(`FEEDBACK_ENDPOINT: "${v}" must use https (plain http is accepted only on localhost)`);
}

