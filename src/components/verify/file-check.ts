/**
 * The file check on /v/<CODE>/: hashes the chosen file in a worker (see hash-worker.ts) and
 * tells the person, in words and with an icon, whether it is identical to the registered
 * original (and, for a document no longer valid, that it is revoked, superseded or expired:
 * never a plain tick). Falls back to hashing on the main thread when a worker cannot start.
 * Nothing leaves the device: there is no network request here.
 */
import { sameHash, toHex } from '../../lib/verification.ts';
import type { HashReply } from './hash-worker.ts';

interface Messages {
  reading: string;
  identical: string;
  /** Tone and icon of "identical": the verdict's (ok ✓ only for a valid document). */
  identicalTone: 'ok' | 'warn' | 'bad';
  identicalIcon: string;
  differs: string;
  yourHash: string;
  error: string;
  unsupported: string;
  reminder: string;
}

const fill = (template: string, name: string) => template.replaceAll('{{name}}', name);

function hashInWorker(file: File, onProgress: (p: number) => void, track: (w: Worker) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
    track(worker);
    worker.onmessage = (e: MessageEvent<HashReply>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.percent);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.hex);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker failed'));
    };
    worker.postMessage(file);
  });
}

async function hashOnMainThread(file: File): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
}

function para(cls: string | undefined, ...parts: (string | Node)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  if (cls) p.className = cls;
  p.append(...parts);
  return p;
}

function verdictLine(tone: 'ok' | 'warn' | 'bad' | 'neutral', icon: string, text: string): HTMLParagraphElement {
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = icon;
  const words = document.createElement('span');
  words.textContent = text;
  return para(`fc-verdict ${tone}`, mark, words);
}

function init(root: HTMLElement): void {
  const registered = root.dataset.sha256 ?? '';
  const msg = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const ui = root.querySelector<HTMLElement>('[data-fc-ui]')!;
  const input = root.querySelector<HTMLInputElement>('[data-fc-input]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-fc-progress]')!;
  const result = root.querySelector<HTMLElement>('[data-fc-result]')!;
  root.querySelector('[data-fc-nojs]')?.remove();

  if (!globalThis.crypto?.subtle) {
    // Web Crypto exists only on https (and localhost): say so instead of failing silently.
    result.replaceChildren(verdictLine('neutral', '!', msg.unsupported));
    ui.hidden = false;
    input.disabled = true;
    return;
  }
  ui.hidden = false;

  let run = 0;
  let worker: Worker | undefined;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    worker?.terminate();
    const mine = ++run;
    if (!file) {
      result.replaceChildren();
      progress.hidden = true;
      return;
    }
    root.setAttribute('aria-busy', 'true');
    result.replaceChildren(para(undefined, fill(msg.reading, file.name)));
    progress.value = 0;
    progress.hidden = false;
    let hex: string;
    try {
      try {
        hex = await hashInWorker(file, (p) => mine === run && (progress.value = p), (w) => (worker = w));
      } catch (workerError) {
        // A worker blocked by policy or unsupported: the same hash, on this thread.
        if (mine !== run) return;
        console.warn('file check: hashing without a worker', workerError);
        hex = await hashOnMainThread(file);
      }
    } catch {
      if (mine !== run) return;
      root.removeAttribute('aria-busy');
      progress.hidden = true;
      result.replaceChildren(verdictLine('bad', '✕', msg.error));
      return;
    }
    if (mine !== run) return;
    root.removeAttribute('aria-busy');
    progress.hidden = true;
    const same = sameHash(hex, registered);
    const code = document.createElement('code');
    code.textContent = hex;
    const out: Node[] = [
      same ? verdictLine(msg.identicalTone, msg.identicalIcon, fill(msg.identical, file.name)) : verdictLine('bad', '✕', fill(msg.differs, file.name)),
      para(undefined, msg.yourHash, code),
    ];
    if (msg.reminder) out.push(para(undefined, msg.reminder));
    result.replaceChildren(...out);
    result.dataset.outcome = same ? (msg.identicalTone === 'ok' ? 'identical' : 'identical-not-valid') : 'differs';
  });
}

for (const el of document.querySelectorAll<HTMLElement>('[data-filecheck]')) init(el);
