/**
 * Prints the DCAT-AP 3.0.1 SHACL results for a catalogue file, grouped by property and
 * constraint: `npm run validate:dcat [-- dist/catalog.jsonld]`. Exits 1 on any violation.
 */
import { readFileSync } from 'node:fs';
import { shaclViolations } from './lib/shacl.ts';

const file = process.argv[2] ?? 'dist/catalog.jsonld';
const results = await shaclViolations('tests/fixtures/standards/dcat-ap-3.0.1-SHACL.ttl', readFileSync(file, 'utf8'), 'https://songoaivu.langson.gov.vn/');
const groups = new Map<string, number>();
for (const r of results) {
  const key = `${r.severity} ${r.path} ${r.shape}${r.message ? ` ${r.message}` : ''}`;
  groups.set(key, (groups.get(key) ?? 0) + 1);
}
for (const [key, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), key);
const violations = results.filter((r) => r.severity === 'Violation').length;
console.log(`${file}: ${violations} violation(s), ${results.length - violations} other result(s)`);
process.exit(violations ? 1 : 0);
