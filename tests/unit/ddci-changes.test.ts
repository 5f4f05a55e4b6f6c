/**
 * Every change the plans state in words or in their tables, recomputed from the transcribed
 * scores. The stated values below are quoted from the plans themselves, so a typo in a
 * transcribed score (or a wrong "compared with" link) makes this test fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeChanges, difference } from '../../src/lib/ddci/changes.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { readDdci } from '../helpers/ddci.ts';
import { DDCI_FIXTURE } from '../helpers/fixture.ts';

const CONTENT = DDCI_FIXTURE;
const input = readDdci(CONTENT);
const changes = computeChanges(input.indicators, input.results);
const byName = (framework: number, vi: string) => {
  const hit = input.indicators.find((i) => i.data.framework === framework && i.data.name.vi === vi);
  if (!hit) throw new Error(`no ${framework} indicator named "${vi}"`);
  return hit.id;
};
const changeOf = (year: number, indicator: string | undefined) => changes.find((c) => c.year === year && c.indicator === indicator);

/** Section II.2.b of the 2026 plan: "<indicator>: đạt … điểm, …, tăng/giảm <x> điểm so … năm 2024". */
const STATED_2026: [string, number, string][] = [
  ['Chi phí không chính thức', 1.25, 'tăng 1.25 điểm so với năm 2024'],
  ['Chi phí thời gian', -1.08, 'giảm 1.08 điểm so với năm 2024'],
  ['Tính năng động và sáng tạo', 0.08, 'tăng 0.08 điểm so chỉ số “Tính năng động và hiệu lực của SBN” năm 2024'],
  ['Pháp quyền và thể chế hiện đại', 0.35, 'tăng 0.35 điểm so chỉ số “Thiết chế pháp lý và an ninh trật tự” năm 2024'],
  ['Đổi mới sáng tạo và chuyển đổi số', -0.87, 'giảm 0.87 điểm so chỉ số “Ứng dụng công nghệ thông tin” năm 2024'],
  ['Tính minh bạch và dữ liệu mở', -0.39, 'giảm 0.39 điểm so chỉ số “Tính minh bạch và tiếp cận thông tin” năm 2024'],
  ['Cạnh tranh bình đẳng', 1.46, 'tăng 1,46 so với năm 2024'],
  ['Hỗ trợ doanh nghiệp và khởi nghiệp', 0.01, 'tăng 0.01 điểm so chỉ số “Hỗ trợ doanh nghiệp” năm 2024'],
];

/** Column "Tăng/Giảm" of the 2025 plan's table (change 2023 → 2024). */
const STATED_2025: [string, number][] = [
  ['Tính minh bạch và tiếp cận thông tin', 0.74],
  ['Chi phí thời gian', 0.39],
  ['Chi phí không chính thức', 1.24],
  ['Cạnh tranh bình đẳng', -3.6],
  ['Tính năng động và hiệu lực của SBN', 0.46],
  ['Vai trò người đứng đầu', -1.8],
  ['Thiết chế pháp lý và an ninh trật tự', -1.52],
];

describe('changes stated by the 2026 plan', () => {
  it.each(STATED_2026)('%s: %d ("%s")', (name, stated) => {
    const c = changeOf(2025, byName(2025, name));
    expect(c?.baseline?.year).toBe(2024);
    expect(c?.delta).toBe(stated);
  });

  it('overall: 79.80 in 2025, "giảm 0.37 điểm so với năm 2024"', () => {
    const c = changeOf(2025, undefined);
    expect(c?.score).toBe(79.8);
    expect(c?.delta).toBe(-0.37);
  });

  it('states no change for the three indicators without a predecessor, and none is computed', () => {
    for (const name of ['Gia nhập thị trường', 'Hội nhập quốc tế', 'Phát triển kinh tế tư nhân']) {
      const c = changeOf(2025, byName(2025, name));
      expect(c?.baseline, name).toBeNull();
      expect(c?.delta, name).toBeNull();
    }
  });

  it('the content records the same stated changes (statedChange agrees with the scores everywhere)', () => {
    const stated = changes.filter((c) => c.stated !== undefined);
    expect(stated.length).toBe(STATED_2026.length + 1 + STATED_2025.length + 1); // + overall, + business support 2024
    expect(stated.filter((c) => c.agrees === false)).toEqual([]);
  });

  const source = resolve('..', 'shared', 'sources', 'ddci-plan-2026.txt');
  it.skipIf(!existsSync(source))('finds every "tăng/giảm … so … năm 2024" of the plan text in the list above', () => {
    const text = readFileSync(source, 'utf8').replace(/\s+/g, ' ');
    const found = [...text.matchAll(/\+ Chỉ số ([^:]+): đạt ([\d.]+) điểm[^+]*?(tăng|giảm) ([\d.,]+)(?: điểm)? so/g)].map(
      (m) => [m[1]!.trim(), (m[3] === 'giảm' ? -1 : 1) * Number(m[4]!.replace(',', '.'))] as const,
    );
    expect(found.length).toBe(STATED_2026.length);
    for (const [name, value] of found) expect(STATED_2026.find((s) => s[0] === name)?.[1], name).toBe(value);
  });
});

describe('changes stated by the 2025 plan (table, 2023 → 2024)', () => {
  it.each(STATED_2025)('%s: %d', (name, stated) => {
    expect(changeOf(2024, byName(2024, name))?.delta).toBe(stated);
  });

  it('business support: the 2023 score recovered from the change column (5.39) agrees with the stated +2.57', () => {
    const c = changeOf(2024, byName(2024, 'Hỗ trợ doanh nghiệp'));
    expect(c?.baseline?.score).toBe(5.39);
    expect(c?.delta).toBe(2.57);
    expect(c?.agrees).toBe(true);
  });
});

describe('difference', () => {
  it('is exact to the third decimal where binary floating point is not', () => {
    expect(8.12 - 6.87).not.toBe(1.25);
    expect(difference(8.12, 6.87)).toBe(1.25);
    expect(difference(7.96, 8.35)).toBe(-0.39);
    expect(difference(79.8, 80.17)).toBe(-0.37);
  });
});

describe('the build refuses a mistyped score', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('names the file, the field and both numbers', () => {
    dir = mkdtempSync(join(tmpdir(), 'ddci-'));
    cpSync(CONTENT, dir, { recursive: true });
    const file = join(dir, 'ddci', 'results', '2025.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('score: 8.12', 'score: 8.13'));
    const problems = checkContent(dir).problems.filter((p) => p.file.startsWith('ddci'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'ddci/results/2025.yaml', field: 'indicators.2.statedChange' });
    expect(problems[0]!.en).toContain('+1.25');
    expect(problems[0]!.en).toContain('+1.26');
    expect(problems[0]!.vi).toContain('nguồn ghi +1.25');
  });

  it('refuses an indicator of the wrong framework and a null figure without a note', () => {
    dir = mkdtempSync(join(tmpdir(), 'ddci-'));
    cpSync(CONTENT, dir, { recursive: true });
    const file = join(dir, 'ddci', 'results', '2024.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('indicator: 2024-vai-tro-nguoi-dung-dau', 'indicator: 2025-hoi-nhap-quoc-te')
        .replace('score: 6.87\n    rank: 16', 'score: 6.87\n    rank: null'),
    );
    const problems = checkContent(dir).problems.filter((p) => p.file.startsWith('ddci'));
    expect(problems.map((p) => p.field).sort()).toEqual(['indicators.2.note', 'indicators.6.indicator', 'indicators.6.statedChange']);
    expect(problems.find((p) => p.field === 'indicators.6.indicator')!.en).toMatch(/framework 2025.*framework 2024/);
  });
});
