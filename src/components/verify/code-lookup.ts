/**
 * The typed-code box on /v/: reads what the person typed as a Crockford code, checks with
 * a HEAD request that the verification page exists, then opens it. Errors are explained
 * next to the box and announced to screen readers.
 */
import { CODE_LENGTH, groupCode, normalizeCode } from '../../lib/crockford.ts';
import { isForeignHost } from '../../lib/lookalike.ts';

interface Messages {
  checking: string;
  found: string;
  unknown: string;
  unknownHelp: string;
  errEmpty: string;
  errLength: string;
  errChar: string;
  foreignHost: string;
  foreignHostAction: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

function line(text: string, bad = false): HTMLParagraphElement {
  const p = document.createElement('p');
  if (bad) {
    p.className = 'bad';
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '✕';
    p.append(mark);
  }
  p.append(text);
  return p;
}

function init(form: HTMLFormElement): void {
  const msg = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const base = form.dataset.base ?? '/v/';
  const siteHost = form.dataset.siteHost ?? location.host;
  const input = form.querySelector<HTMLInputElement>('[data-code-input]')!;
  const out = form.querySelector<HTMLElement>('[data-code-msg]')!;
  const contact = form.querySelector<HTMLElement>('[data-code-contact]')!;
  document.querySelector('[data-code-nojs]')?.remove();
  form.hidden = false;

  const show = (invalid: boolean, ...lines: HTMLElement[]) => {
    input.setAttribute('aria-invalid', String(invalid));
    out.replaceChildren(...lines);
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    contact.hidden = true;
    const n = normalizeCode(input.value);
    if (!n.ok) {
      const text =
        n.problem === 'empty'
          ? msg.errEmpty
          : n.problem === 'char'
            ? fill(msg.errChar, { chars: n.bad.map((c) => `“${c}”`).join(', ') })
            : fill(msg.errLength, { count: n.cleaned.length, code: n.cleaned, length: CODE_LENGTH });
      show(true, line(text, true));
      input.focus();
      return;
    }
    const pretty = groupCode(n.code);
    const target = `${base}${n.code}/`;
    const elsewhere = isForeignHost(input.value, siteHost);
    if (elsewhere.foreign) {
      // Never open the genuine page as if the lookalike address were fine: say so, and let the person choose.
      const warning = line(fill(msg.foreignHost, { host: elsewhere.host ?? '', site: siteHost }), true);
      warning.dataset.foreignHost = elsewhere.host ?? '';
      const here = document.createElement('a');
      here.href = target;
      here.textContent = fill(msg.foreignHostAction, { code: pretty, site: siteHost });
      const action = document.createElement('p');
      action.append(here);
      show(true, warning, action);
      input.focus();
      return;
    }
    show(false, line(fill(msg.checking, { code: pretty })));
    let status = 0;
    try {
      status = (await fetch(target, { method: 'HEAD', cache: 'no-store' })).status;
    } catch {
      // Offline or blocked: let the browser try the page itself.
    }
    if (status === 404) {
      show(true, line(fill(msg.unknown, { code: pretty }), true), line(msg.unknownHelp));
      contact.hidden = false;
      input.focus();
      return;
    }
    show(false, line(fill(msg.found, { code: pretty })));
    location.assign(target);
  });

  // /v/?code=… (a link, a bookmark, or a form sent before this script ran) checks at once.
  const given = new URLSearchParams(location.search).get('code');
  if (given) {
    input.value = given;
    form.requestSubmit();
  }
}

for (const f of document.querySelectorAll<HTMLFormElement>('[data-code-lookup]')) init(f);
