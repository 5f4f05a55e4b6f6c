/**
 * The translation report lists exactly the entries of the fixture left untranslated,
 * outdated, still made of placeholders, or with texts lacking a language; the command
 * prints the same report, as text and as JSON.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/node/content-check/check.ts';
import { translationReport, type TranslationReport } from '../../src/lib/translations/report.ts';
import { copyFixture, MIN_FIXTURE } from '../helpers/fixture.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-translations');
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'translations.ts');

function lines(report: TranslationReport): string[] {
  return report.collections.flatMap((c) =>
    c.gaps.map((g) => `${c.collection}/${g.id} ${g.locale} ${g.kind}${g.fields ? ` ${g.fields.join(',')}` : ''}${g.translated ? ` ${g.translated}<${g.original}` : ''}`),
  );
}

function run(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8' });
}

describe('translation report', () => {
  it('the fixture itself is valid content', () => {
    expect(checkContent(FIXTURE).problems).toEqual([]);
  });

  it('lists exactly the missing, outdated, placeholder and partly translated entries', () => {
    const report = translationReport(checkContent(FIXTURE).entries);
    expect(lines(report)).toEqual([
      'units/phong-a en fields duties',
      'policies/a en outdated 2025-02-01<2025-03-01',
      'policies/b zh missing',
      'policies/b en missing',
      'policies/c zh placeholder (body)',
      'policies/d zh fields issuer',
      'policies/d en fields issuer',
      'events/su-kien zh fields updates.0.note',
      'faq/hoi-thieu zh fields question',
      'faq/hoi-thieu en fields answer',
    ]);
    expect(report.totals).toEqual({ missing: 2, outdated: 1, placeholder: 1, fields: 6 });
    const policies = report.collections.find((c) => c.collection === 'policies')!;
    expect(policies).toMatchObject({ total: 4, complete: { zh: 1, en: 1 } });
    const missing = policies.gaps.find((g) => g.kind === 'missing' && g.locale === 'zh');
    expect(missing?.file).toBe('policies/zh/b.mdx');
  });

  it('a translation brought up to date leaves the report', () => {
    const fx = copyFixture(FIXTURE);
    try {
      fx.edit('policies/en/a.mdx', (s) => s.replace("translated: '2025-02-01'", "translated: '2025-03-01'"));
      fx.edit('faq/hoi-thieu.yaml', (s) => s.replace('zh: 再回答。 }', 'zh: 再回答。, en: Another answer. }'));
      const out = lines(translationReport(checkContent(fx.root).entries));
      expect(out).not.toContain('policies/a en outdated 2025-02-01<2025-03-01');
      expect(out).not.toContain('faq/hoi-thieu en fields answer');
      expect(out).toHaveLength(8);
    } finally {
      fx.cleanup();
    }
  });

  it('the command prints the report, and --json gives the same data', () => {
    const text = run(FIXTURE);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('✗ b [zh] chưa có bản dịch / not translated — tạo tệp / create policies/zh/b.mdx');
    expect(text.stdout).toContain('! a [en] bản dịch cũ hơn bản tiếng Việt / older than the Vietnamese');
    expect(text.stdout).toMatch(/Tổng \/ Total: 2 chưa dịch \/ missing, 1 cũ \/ outdated/);
    const json = JSON.parse(execFileSync(process.execPath, [SCRIPT, '--json'], { env: { ...process.env, CONTENT_DIR: FIXTURE }, encoding: 'utf8' }));
    expect(json).toEqual(translationReport(checkContent(FIXTURE).entries));
  });

  it('--strict fails while anything is left, and passes when everything is translated', () => {
    expect(run(FIXTURE, '--strict').status).toBe(1);
    const fx = copyFixture(MIN_FIXTURE);
    try {
      // The minimal fixture lacks translations; give every text all three languages.
      mkdirSync(join(fx.root, 'policies/en'));
      fx.write('policies/en/chinh-sach-a.mdx', "---\ntitle: Investment policy A\nsummary: Summary of policy A.\ntranslated: '2025-06-02'\n---\n\nText.\n");
      for (const f of ['units/phong-a.yaml', 'faq/hoi-a.yaml', 'documents/cv-1.yaml', 'policies/vi/chinh-sach-a.mdx'])
        fx.edit(f, (s) => s.replace(/\{ vi: ([^,}]+) \}/g, (_m, v) => `{ vi: ${v}, zh: 中文, en: English }`).replace(/\{ vi: ([^,}]+), zh: ([^,}]+), en: ([^,}]+) \}/g, (_m, v) => `{ vi: ${v}, zh: 中文, en: English }`));
      const r = run(fx.root, '--strict');
      expect(r.stdout).toContain('✓ Mọi mục đã được dịch đầy đủ / Everything is translated.');
      expect(r.status).toBe(0);
    } finally {
      fx.cleanup();
    }
  });
});
