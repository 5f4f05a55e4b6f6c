/**
 * The unit tests check the DDCI figures on a frozen copy (tests/fixtures/content-ddci), so
 * that new results or plans in content/ do not break them. This keeps that copy honest:
 * every transcribed file it holds (indicators, results, plans, and the plan documents) is
 * still in the live content with the same data. Tasks are left out on purpose: editors
 * report progress in them. Correcting a transcription means correcting both.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DDCI_FIXTURE } from '../helpers/fixture.ts';
import { contentRoot } from '../../src/node/content-root.ts';

const FROZEN = ['ddci/indicators', 'ddci/results', 'ddci/plans', 'documents'];
const live = contentRoot();

describe('the frozen DDCI transcription matches the live content', () => {
  for (const dir of FROZEN) {
    const files = readdirSync(join(DDCI_FIXTURE, dir)).filter((f) => f.endsWith('.yaml'));
    it(`${dir}: ${files.length} files`, () => {
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const read = (root: string) => parse(readFileSync(join(root, dir, f), 'utf8'));
        expect(read(live), `${dir}/${f}`).toEqual(read(DDCI_FIXTURE));
      }
    });
  }
});
