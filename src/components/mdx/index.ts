/**
 * The components every MDX entry may use without importing them. The content check
 * knows the same names (src/lib/content-check/mdx-body.ts) and reports a misspelt one.
 */
import Callout from './Callout.astro';
import DocRef from './DocRef.astro';
import Steps from './Steps.astro';
import Figure from './Figure.astro';
import Table from './Table.astro';

export const mdxComponents = { Callout, DocRef, Steps, Figure, Table };
