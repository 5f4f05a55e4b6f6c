/**
 * Reads what the search index needs from content/ besides the built pages: the glossary
 * (synonyms) and the best bets. The content check has already validated both before the
 * build started, so a record that does not parse here is a bug, not an editor's mistake.
 */
import { COLLECTIONS } from '../schemas/index.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { BestBetData } from '../schemas/best-bets.ts';
import { readYamlCollection } from '../node/content-check/read.ts';
import type { Problem } from '../lib/content-check/problems.ts';
import { compileForms, synonymTerm, type SynonymTerm } from '../lib/search-synonyms.ts';
import { betPath } from '../lib/search-pages.ts';
import type { IndexContext } from '../lib/search-index.ts';

function records<T>(root: string, name: 'glossary' | 'best-bets'): { id: string; data: T }[] {
  const problems: Problem[] = [];
  const def = COLLECTIONS[name];
  const out = readYamlCollection(root, def.dir, problems).map((e) => {
    const res = def.schema.safeParse(e.data);
    if (!res.success) throw new Error(`search: ${e.file} does not match its schema (run npm run check)`);
    return { id: e.id, data: res.data as T };
  });
  if (problems.length > 0) throw new Error(`search: cannot read ${def.dir}: ${problems.map((p) => `${p.file} ${p.en}`).join('; ')}`);
  return out;
}

export function loadSearchContext(root: string): IndexContext & { glossary: SynonymTerm[] } {
  const glossary = records<GlossaryData>(root, 'glossary').map(({ id, data }) => synonymTerm(id, data));
  const bets = new Map<string, string[]>();
  for (const { data } of records<BestBetData>(root, 'best-bets')) {
    const path = betPath(data.target);
    bets.set(path, [...(bets.get(path) ?? []), ...data.queries.vi, ...data.queries.zh, ...data.queries.en]);
  }
  // SEARCH_INDEX_FORMS=1 builds the variant of the index that `npm run bench:relevance` compares with.
  const indexForms = process.env.SEARCH_INDEX_FORMS === '1';
  return { glossary, forms: compileForms(glossary), terms: new Map(glossary.map((t) => [t.id, t])), bets, indexForms };
}
