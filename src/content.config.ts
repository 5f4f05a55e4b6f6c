/**
 * Astro collections, derived from the one registry in src/schemas/index.ts.
 * MDX collections become two Astro collections: the Vietnamese originals (id = file
 * name) and their translations (id = "zh/<id>" or "en/<id>").
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { translationSchema } from './schemas/articles.ts';
import { contentRoot } from './node/content-root.ts';

const root = contentRoot();
const stripExt = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');
const baseName = ({ entry }: { entry: string }) => stripExt({ entry }).replace(/^vi\//, '');

type Defs = typeof COLLECTIONS;
type MdxName = { [K in CollectionName]: Defs[K]['format'] extends 'mdx' ? K : never }[CollectionName];
type Config<S> = { loader: ReturnType<typeof glob>; schema: S };
/**
 * The shape Astro infers entry types from: each collection keeps its own schema type, so
 * `CollectionEntry<'policies'>['data']` is the schema's output type, not `any`.
 */
export type Collections = { [K in CollectionName]: Config<Defs[K]['schema']> } & {
  [K in MdxName as `${K}-tr`]: Config<typeof translationSchema>;
};

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).flatMap(([name, def]): [string, unknown][] => {
    const base = join(root, def.dir);
    if (def.format === 'yaml') {
      return [[name, defineCollection({ loader: glob({ pattern: '[!_]*.{yaml,yml}', base, generateId: stripExt }), schema: def.schema })]];
    }
    return [
      [name, defineCollection({ loader: glob({ pattern: 'vi/[!_]*.mdx', base, generateId: baseName }), schema: def.schema })],
      [`${name}-tr`, defineCollection({ loader: glob({ pattern: '{zh,en}/[!_]*.mdx', base, generateId: stripExt }), schema: translationSchema })],
    ];
  }),
) as Collections;
