/**
 * `npm run register` run for real on a copy of the small fixture: each test calls `setup()`
 * for a fresh content folder and working folder (both removed after the test), makes PDFs
 * there and runs the command as a separate process, as an editor would.
 */
import { afterEach } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { copyFixture } from './fixture.ts';

const SCRIPT = resolve(import.meta.dirname, '..', '..', 'scripts', 'register.ts');
const run = promisify(execFile);

export type Fixture = ReturnType<typeof copyFixture>;
export interface Ran {
  code: number;
  /** Everything the command printed, stdout then stderr. */
  out: string;
}

/** Registers an `afterEach` clean-up in the calling test file; `env` is added to the command's environment. */
export function registerSandbox(prefix: string, env: Record<string, string> = {}) {
  let current: { fx: Fixture; work: string } | undefined;
  afterEach(() => {
    current?.fx.cleanup();
    if (current) rmSync(current.work, { recursive: true, force: true });
    current = undefined;
  });
  const need = () => {
    if (!current) throw new Error('call setup() first');
    return current;
  };
  const options = () => ({ env: { ...process.env, CONTENT_DIR: need().fx.root, ...env }, cwd: need().work });

  return {
    setup(): { fx: Fixture; work: string } {
      current = { fx: copyFixture(), work: mkdtempSync(join(tmpdir(), prefix)) };
      return current;
    },
    /** A one-page PDF in the working folder. */
    async pdf(name: string, text: string): Promise<string> {
      const doc = await PDFDocument.create();
      doc.addPage().drawText(text);
      const path = join(need().work, name);
      writeFileSync(path, await doc.save());
      return path;
    },
    /** The real command; waits for it. */
    register(args: string[]): Ran {
      try {
        const out = execFileSync(process.execPath, [SCRIPT, ...args], { ...options(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        return { code: 0, out };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: `${err.stdout}${err.stderr}` };
      }
    },
    /** The real command without blocking, so several runs can overlap. */
    async registerAsync(args: string[]): Promise<Ran> {
      try {
        const r = await run(process.execPath, [SCRIPT, ...args], options());
        return { code: 0, out: r.stdout + r.stderr };
      } catch (e) {
        const err = e as { code: number; stdout: string; stderr: string };
        return { code: err.code, out: `${err.stdout}${err.stderr}` };
      }
    },
  };
}
