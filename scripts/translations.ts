/**
 * `npm run translations`: which entries lack a Chinese or English version, which
 * translations are older than their Vietnamese original, and which records have texts
 * not yet translated. The same report is on the site at /editors/translations/.
 * Options: --json (machine-readable), --strict (exit code 1 when anything is missing).
 */
import { checkContent } from '../src/node/content-check/check.ts';
import { contentRoot } from '../src/node/content-root.ts';
import { translationReport } from '../src/lib/translations/report.ts';
import { formatReport } from '../src/lib/translations/format.ts';

const args = new Set(process.argv.slice(2));
const { entries } = checkContent(contentRoot());
const report = translationReport(entries);
console.log(args.has('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
const t = report.totals;
if (args.has('--strict') && t.missing + t.outdated + t.placeholder + t.fields > 0) process.exit(1);
