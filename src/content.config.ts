/**
 * Astro collections, derived from the one registry in src/schemas/index.ts.
 * MDX collections become two Astro collections: the Vietnamese originals (id = file
 * name) and their translations (id = "zh/<id>" or "en/<id>"). Files are found and parsed
 * by the same rules as the content check (src/node/content-loader.ts).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { translationSchema } from './schemas/articles.ts';
import { contentRoot } from './node/content-root.ts';
import { contentLoader } from './node/content-loader.ts';

const root = contentRoot();

type Defs = typeof COLLECTIONS;
type MdxName = { [K in CollectionName]: Defs[K]['format'] extends 'mdx' ? K : never }[CollectionName];
type Config<S> = { loader: Loader; schema: S };
/**
 * The shape Astro infers entry types from: each collection keeps its own schema type, so
 * `CollectionEntry<'policies'>['data']` is the schema's output type, not `any`.
 */
export type Collections = { [K in CollectionName]: Config<Defs[K]['schema']> } & {
  [K in MdxName as `${K}-tr`]: Config<typeof translationSchema>;
};

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).flatMap(([name, def]): [string, unknown][] => {
    const dir = def.dir;
    if (def.format === 'yaml') {
      return [[name, defineCollection({ loader: contentLoader({ root, dir, format: 'yaml' }), schema: def.schema })]];
    }
    return [
      [name, defineCollection({ loader: contentLoader({ root, dir, format: 'mdx', locales: ['vi'], localeInId: false }), schema: def.schema })],
      [`${name}-tr`, defineCollection({ loader: contentLoader({ root, dir, format: 'mdx', locales: ['zh', 'en'], localeInId: true }), schema: translationSchema })],
    ];
  }),
) as Collections;
