/**
 * One writer at a time for the register: every change (a new record, a reserved code, a
 * status change) runs inside this lock, which re-reads the register after it is taken, so
 * two editors (or one double click) can never hand out the same code or lose a record.
 *
 * proper-lockfile takes the lock with an atomic mkdir, refreshes it while held and treats it
 * as stale when a crashed process stops refreshing, so a killed command never blocks the
 * register for good. The lock directory is content/documents/.register.lock (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { LOG_FILE } from './register-log.ts';

export const LOCK_DIR = 'documents/.register.lock';

export class RegisterBusyError extends Error {
  override name = 'RegisterBusyError';
}

export async function withRegisterLock<T>(root: string, fn: () => T | Promise<T>): Promise<T> {
  mkdirSync(join(root, 'documents'), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(join(root, LOG_FILE), {
      // The log may not exist yet (first registration): lock by path, not by real file.
      realpath: false,
      lockfilePath: join(root, LOCK_DIR),
      stale: 10_000,
      // Waits up to about a minute for the other writer (registrations take well under a second).
      retries: { retries: 120, factor: 1.2, minTimeout: 20, maxTimeout: 500, randomize: true },
    });
  } catch (e) {
    throw new RegisterBusyError(`the register is locked by another npm run register (${join(root, LOCK_DIR)}): ${(e as Error).message}`);
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}
