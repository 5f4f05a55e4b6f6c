/**
 * Browser side of the feedback form: checks the fields with the same rules as the tests
 * (src/lib/feedback.ts), shows errors next to each field and in a summary, then either
 * posts JSON to the endpoint configured at build time or opens a prefilled e-mail.
 * What the visitor typed is never cleared unless the department confirmed receipt.
 */
import {
  FEEDBACK_FIELDS,
  feedbackMailto,
  feedbackPayload,
  normaliseFeedback,
  topicFromSearch,
  validateFeedback,
  type FeedbackErrorKey,
  type FeedbackErrors,
  type FeedbackInput,
  type MailLabels,
} from '../../lib/feedback.ts';

interface Config {
  endpoint: string;
  to: string;
  locale: string;
  units: string[];
  errorPrefix: string;
  errors: Record<FeedbackErrorKey, string>;
  tooLong: Record<string, string>;
  mail: MailLabels;
}

/** Error slots in the order the fields appear, so the summary lists them top to bottom. */
const ERROR_ORDER: FeedbackErrorKey[] = ['name', 'organisation', 'address', 'contact', 'phone', 'email', 'topic', 'unit', 'message'];
/** The control an error points to (the group's first field for `contact`). */
const CONTROL: Record<FeedbackErrorKey, string> = Object.fromEntries(ERROR_ORDER.map((k) => [k, `fb-${k === 'contact' ? 'phone' : k}`])) as Record<
  FeedbackErrorKey,
  string
>;
/** Only sending takes long; a dead connection must not leave the visitor waiting forever. */
const SEND_TIMEOUT_MS = 30_000;

export function initFeedbackForm(form: HTMLFormElement): void {
  const cfg = JSON.parse(form.dataset.config ?? '{}') as Config;
  const root = form.closest('section') ?? document.body;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const panels = {
    sent: q<HTMLElement>('[data-panel="sent"]')!,
    failed: q<HTMLElement>('[data-panel="failed"]')!,
    mail: q<HTMLElement>('[data-panel="mail"]')!,
  };
  const live = q<HTMLElement>('[data-live]')!;
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  let attempted = false;
  let sending = false;

  form.hidden = false;
  const preset = topicFromSearch(location.search);
  if (preset) (form.elements.namedItem('topic') as HTMLSelectElement).value = preset;

  const read = (): FeedbackInput => {
    const data = new FormData(form);
    return normaliseFeedback(Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, data.get(f)])));
  };
  const messageFor = (key: FeedbackErrorKey, errors: FeedbackErrors): string =>
    (errors[key] === 'tooLong' ? cfg.tooLong[key] : errors[key] ? cfg.errors[key] : '') ?? '';

  /** Inline messages and aria-invalid on every field; returns the keys in error. */
  function showInline(errors: FeedbackErrors): FeedbackErrorKey[] {
    const failed: FeedbackErrorKey[] = [];
    for (const key of ERROR_ORDER) {
      const slot = form.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
      const msg = messageFor(key, errors);
      if (slot) {
        slot.replaceChildren();
        if (msg) {
          const prefix = document.createElement('span');
          prefix.className = 'visually-hidden';
          prefix.textContent = `${cfg.errorPrefix} `;
          slot.append(prefix, msg);
        }
      }
      if (msg) failed.push(key);
    }
    // A control is invalid when its own slot or its group's slot has a message.
    for (const f of FEEDBACK_FIELDS) {
      const el = form.elements.namedItem(f) as HTMLElement | null;
      if (!el) continue;
      const own = Boolean(messageFor(f, errors));
      const group = (f === 'phone' || f === 'email') && Boolean(messageFor('contact', errors));
      const ids = [el.dataset.describedby, group ? 'fb-contact-error' : '', own ? `fb-${f}-error` : ''].filter(Boolean).join(' ');
      if (ids) el.setAttribute('aria-describedby', ids);
      else el.removeAttribute('aria-describedby');
      if (own || group) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
    return failed;
  }

  function showSummary(errors: FeedbackErrors, failed: FeedbackErrorKey[]): void {
    const list = summary.querySelector('[data-error-list]')!;
    list.replaceChildren(
      ...failed.map((key) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#${CONTROL[key]}`;
        a.textContent = messageFor(key, errors);
        li.append(a);
        return li;
      }),
    );
    summary.hidden = failed.length === 0;
  }

  // A link in the summary moves focus to its field (a plain #anchor only scrolls).
  summary.addEventListener('click', (ev) => {
    const a = (ev.target as Element).closest('a');
    const target = a && document.getElementById(a.hash.slice(1));
    if (!target) return;
    ev.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });

  // Once the visitor has tried to send, messages follow their corrections as they type.
  const recheck = () => {
    if (!attempted) return;
    const errors = validateFeedback(read(), cfg.units);
    const failed = showInline(errors);
    if (!summary.hidden) showSummary(errors, failed);
  };
  form.addEventListener('input', recheck);
  form.addEventListener('change', recheck);

  function show(panel: keyof typeof panels | undefined): void {
    for (const [name, el] of Object.entries(panels)) el.hidden = name !== panel;
    if (panel) panels[panel].focus();
  }

  function setMailto(href: string): void {
    for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-mailto]')) a.href = href;
  }

  async function post(input: FeedbackInput): Promise<void> {
    const payload = feedbackPayload(input, { locale: cfg.locale, page: location.href, submittedAt: new Date().toISOString() });
    sending = true;
    submit.disabled = true;
    show(undefined);
    live.textContent = submit.dataset.sending ?? '';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
    try {
      const res = await fetch(cfg.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(payload),
        credentials: 'omit',
        signal: abort.signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const ref = await res
        .json()
        .then((j: unknown) => (j && typeof j === 'object' ? ((j as Record<string, unknown>).id ?? (j as Record<string, unknown>).reference) : undefined))
        .catch(() => undefined);
      const refLine = panels.sent.querySelector<HTMLElement>('[data-ref]')!;
      refLine.hidden = typeof ref !== 'string' && typeof ref !== 'number';
      panels.sent.querySelector('[data-ref-value]')!.textContent = refLine.hidden ? '' : String(ref);
      live.textContent = '';
      form.reset();
      attempted = false;
      show('sent');
    } catch {
      live.textContent = '';
      setMailto(feedbackMailto(cfg.to, input, cfg.mail));
      show('failed');
    } finally {
      clearTimeout(timer);
      sending = false;
      submit.disabled = false;
    }
  }

  function mail(input: FeedbackInput): void {
    const href = feedbackMailto(cfg.to, input, cfg.mail);
    setMailto(href);
    const text = q<HTMLTextAreaElement>('[data-mailtext]');
    if (text) text.value = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
    show('mail');
    // Within the submit event this counts as the visitor's own action, so the browser lets it open.
    location.href = href;
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (sending) return;
    attempted = true;
    const input = read();
    const errors = validateFeedback(input, cfg.units);
    const failed = showInline(errors);
    showSummary(errors, failed);
    if (failed.length > 0) {
      show(undefined);
      summary.focus();
      return;
    }
    if (cfg.endpoint) void post(input);
    else mail(input);
  });

  q<HTMLButtonElement>('[data-retry]')?.addEventListener('click', () => form.requestSubmit());
}
