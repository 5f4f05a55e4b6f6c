/**
 * The build's route manifest: every file the build wrote, with the route kind that wrote
 * it and the facts the route table gives (src/lib/route-kinds.ts). Written next to the
 * output folder, not in it (`dist/` → `.astro/dist-routes.json`), by
 * src/integrations/route-manifest.ts; read by search indexing, the tests and the benchmarks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BuiltPage } from '../lib/route-kinds.ts';

export function routeManifestFile(outDir: string): string {
  const dir = resolve(outDir);
  return join(dirname(dir), '.astro', `${basename(dir)}-routes.json`);
}

export function writeRouteManifest(outDir: string, pages: BuiltPage[]): void {
  const file = routeManifestFile(outDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(pages, null, 1)}\n`);
}

export function readRouteManifest(outDir: string): BuiltPage[] {
  const file = routeManifestFile(outDir);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuiltPage[];
  } catch (e) {
    throw new Error(`${file}: no route manifest for ${outDir} (written by every \`astro build\` of this project; build again): ${(e as Error).message}`);
  }
}
