/**
 * The DDCI collections read once per build and joined by src/lib/ddci/model.ts; every
 * DDCI page and the open-data endpoints read this one object.
 */
import { getCollection } from 'astro:content';
import { buildDdci, type Ddci, type DdciInput } from '../lib/ddci/model.ts';

let input: Promise<DdciInput> | undefined;
let joined: Promise<Ddci> | undefined;

const plain = <T>(list: { id: string; data: T }[]) => list.map(({ id, data }) => ({ id, data }));

/** The raw records, as `buildDdciDatasets` (open data) takes them. */
export function ddciInput(): Promise<DdciInput> {
  input ??= (async () => ({
    indicators: plain(await getCollection('ddci-indicators')),
    results: plain(await getCollection('ddci-results')),
    plans: plain(await getCollection('ddci-plans')),
    tasks: plain(await getCollection('ddci-tasks')),
  }))() as Promise<DdciInput>;
  return input;
}

export function ddci(): Promise<Ddci> {
  joined ??= ddciInput().then(buildDdci);
  return joined;
}
