/** The DDCI records of a content folder, read and validated the way the build reads them. */
import { checkContent } from '../../src/node/content-check/check.ts';
import type { DdciInput } from '../../src/lib/ddci/model.ts';

export function readDdci(root: string): DdciInput {
  const { entries } = checkContent(root);
  const pick = (c: string) => entries.filter((e) => e.collection === c && e.value).map((e) => ({ id: e.id, data: e.value as any }));
  return { indicators: pick('ddci-indicators'), results: pick('ddci-results'), plans: pick('ddci-plans'), tasks: pick('ddci-tasks') };
}
