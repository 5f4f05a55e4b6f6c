/**
 * /catalog.jsonld conforms to DCAT-AP 3.0.1: the official SHACL shapes (an unchanged copy in
 * tests/fixtures/standards/, source named in its README) report no violation. The second test
 * shows the validator does see a broken catalogue, so a pass means something.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDist } from '../../scripts/lib/dist.ts';
import { shaclViolations, type Violation } from '../../scripts/lib/shacl.ts';

const SHAPES = 'tests/fixtures/standards/dcat-ap-3.0.1-SHACL.ttl';
const BASE = 'https://songoaivu.langson.gov.vn/';
const describeViolations = (v: Violation[]) =>
  v.slice(0, 20).map((x) => `${x.severity}: ${x.focus} ${x.path} (${x.shape}) ${x.message}`).join('\n');

describe('DCAT-AP 3.0.1 SHACL', () => {
  it('the shapes file is the published one, unchanged', () => {
    const sha = createHash('sha256').update(readFileSync(SHAPES)).digest('hex');
    expect(sha).toBe('990d3e42721de6a4be8cc338a7171559f195e62dea89c0b56531356b78cc026f');
  });

  it('/catalog.jsonld has no violation', async () => {
    const violations = (await shaclViolations(SHAPES, readDist('/catalog.jsonld'), BASE)).filter((v) => v.severity === 'Violation');
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 120_000);

  it('a catalogue with an untyped licence and a plain checksum fails', async () => {
    const cat = JSON.parse(readDist('/catalog.jsonld'));
    cat['dct:license'] = { '@id': cat['dct:license']['@id'] };
    for (const ds of cat['dcat:dataset']) {
      ds['dct:license'] = { '@id': ds['dct:license']['@id'] };
      for (const d of ds['dcat:distribution']) {
        d['dct:license'] = { '@id': d['dct:license']['@id'] };
        d['spdx:checksum']['spdx:checksumValue'] = d['spdx:checksum']['spdx:checksumValue']['@value'];
      }
    }
    const violations = await shaclViolations(SHAPES, JSON.stringify(cat), BASE);
    const paths = new Set(violations.map((v) => v.path));
    expect(paths).toContain('http://purl.org/dc/terms/license');
    expect(paths).toContain('http://spdx.org/rdf/terms#checksumValue');
  }, 120_000);
});
