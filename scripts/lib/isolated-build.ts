/**
 * A build that cannot collide with any other build running at the same time.
 *
 * Astro keeps per-build state in `<root>/.astro/` (content-modules.mjs, the list of MDX
 * modules of *this* content folder) and, when outDir lies outside the working directory,
 * renders pages from `<cwd>/.astro/.prerender/`, which it deletes when done. Two builds
 * of one project at once (a test fixture next to the main test build, the benchmark next
 * to a developer's build) therefore break each other. Here each build gets its own copy
 * of the project's sources (node_modules linked, not copied) with outDir inside it.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface IsolatedBuild {
  /** Project copy the build runs in. */
  root: string;
  dist: string;
  /** Command, arguments, working directory and environment of `astro build`. */
  cmd: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Prepares `workDir` (emptied) to build the site from `contentDir`, with the sources of
 * `sourceRoot` (this checkout by default; scripts/compare-dist.ts passes an older one).
 */
export function isolatedBuild(workDir: string, contentDir: string, extraEnv: Record<string, string> = {}, sourceRoot = ROOT): IsolatedBuild {
  const root = join(workDir, 'site');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of COPIED) cpSync(join(sourceRoot, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const dist = join(root, 'dist');
  return {
    root,
    dist,
    cmd: process.execPath,
    args: [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: resolve(contentDir),
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(root, '.cache'),
      ...extraEnv,
    },
  };
}
