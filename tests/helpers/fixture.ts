/** Temporary copies of a fixture content folder that a test may break on purpose. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MIN_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-min');
/**
 * The DDCI records as transcribed from the two plans (with the units and plan documents
 * they cite), frozen so unit tests keep their figures when the live content grows;
 * tests/build/ddci-transcription.test.ts keeps the live files equal to it.
 */
export const DDCI_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-ddci');

export function copyFixture(src = MIN_FIXTURE): { root: string; edit: (file: string, fn: (s: string) => string) => void; write: (file: string, text: string) => void; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'sngv-content-'));
  cpSync(src, root, { recursive: true });
  return {
    root,
    edit: (file, fn) => writeFileSync(join(root, file), fn(readFileSync(join(root, file), 'utf8'))),
    write: (file, text) => writeFileSync(join(root, file), text),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
