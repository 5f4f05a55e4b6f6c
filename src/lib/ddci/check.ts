/**
 * Rules of the DDCI data that span files, run with the rest of the content check: a year's
 * indicators belong to its framework, every change the source states agrees with the scores
 * (a typo in a transcribed figure shows up here), tasks point at their plan's framework,
 * and file names match the year or plan number inside.
 */
import type { CheckedEntry } from '../../node/content-check/check.ts';
import type { Problem } from '../content-check/problems.ts';
import type { DdciIndicator, DdciPlan, DdciResult, DdciTask } from '../../schemas/ddci.ts';
import { computeChanges } from './changes.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function checkDdci(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const valid = <T>(c: string) => entries.filter((e) => e.collection === (c as CheckedEntry['collection']) && e.value) as (CheckedEntry & { value: T })[];
  const indicators = valid<DdciIndicator>('ddci-indicators');
  const results = valid<DdciResult>('ddci-results');
  const plans = valid<DdciPlan>('ddci-plans');
  const tasks = valid<DdciTask>('ddci-tasks');
  const ind = new Map(indicators.map((e) => [e.id, e.value]));
  const add = (e: CheckedEntry, path: PropertyKey[], en: string, vi: string) =>
    problems.push({ file: e.file, line: e.lineOf(path), field: path.join('.') || '(file)', en, vi });

  for (const e of indicators) {
    const prev = e.value.comparedWith ? ind.get(e.value.comparedWith) : undefined;
    if (prev && prev.framework >= e.value.framework)
      add(e, ['comparedWith'], `compares with "${e.value.comparedWith}" of framework ${prev.framework}; it must be an indicator of an earlier framework`, `so sánh với "${e.value.comparedWith}" thuộc bộ chỉ số ${prev.framework}; phải là chỉ số của bộ chỉ số trước đó`);
  }

  for (const e of results) {
    const y = e.value;
    if (e.id !== String(y.year)) add(e, ['year'], `the file of year ${y.year} must be named ${y.year}.yaml`, `tệp của năm ${y.year} phải đặt tên ${y.year}.yaml`);
    if (y.overall?.rank != null && y.overall.rank > y.rankOf)
      add(e, ['overall', 'rank'], `rank ${y.overall.rank} is beyond rankOf ${y.rankOf}`, `thứ hạng ${y.overall.rank} vượt quá số đơn vị được xếp hạng (${y.rankOf})`);
    const seen = new Set<string>();
    y.indicators.forEach((r, k) => {
      const def = ind.get(r.indicator);
      if (def && def.framework !== y.framework)
        add(e, ['indicators', k, 'indicator'], `"${r.indicator}" belongs to framework ${def.framework}, but year ${y.year} uses framework ${y.framework}`, `"${r.indicator}" thuộc bộ chỉ số ${def.framework}, nhưng năm ${y.year} dùng bộ chỉ số ${y.framework}`);
      if (seen.has(r.indicator)) add(e, ['indicators', k, 'indicator'], `"${r.indicator}" is listed twice for ${y.year}`, `"${r.indicator}" được ghi hai lần trong năm ${y.year}`);
      seen.add(r.indicator);
      if (r.rank !== null && r.rank > y.rankOf) add(e, ['indicators', k, 'rank'], `rank ${r.rank} is beyond rankOf ${y.rankOf}`, `thứ hạng ${r.rank} vượt quá số đơn vị được xếp hạng (${y.rankOf})`);
      if ((r.score === null || r.rank === null) && !r.note)
        add(e, ['indicators', k, 'note'], 'a figure recorded as null needs a note saying why (illegible, not given…)', 'số liệu ghi là null cần có ghi chú nêu lý do (không đọc được, không có trong nguồn…)');
    });
  }

  // Stated changes against the scores.
  const changes = computeChanges(
    indicators.map((e) => ({ id: e.id, data: e.value })),
    results.map((e) => ({ id: e.id, data: e.value })),
  );
  for (const c of changes) {
    if (c.stated === undefined) continue;
    const e = results.find((r) => r.value.year === c.year)!;
    const k = c.indicator === undefined ? -1 : e.value.indicators.findIndex((r) => r.indicator === c.indicator);
    const path = k < 0 ? ['overall', 'statedChange'] : ['indicators', k, 'statedChange'];
    if (!c.baseline) {
      add(e, path, `a change is stated but there is no ${c.year - 1} result to compare with (add it, or check comparedWith of the indicator)`, `có ghi mức thay đổi nhưng không có kết quả năm ${c.year - 1} để so sánh (hãy bổ sung, hoặc kiểm tra comparedWith của chỉ số)`);
    } else if (c.agrees === false) {
      const base = `${c.baseline.year}${c.baseline.indicator ? ` "${c.baseline.indicator}"` : ''} ${c.baseline.score}`;
      add(e, path, `the source states ${signed(c.stated)} but the scores give ${signed(c.delta!)} (${c.year} ${c.score} − ${base}); check both scores against the source`, `nguồn ghi ${signed(c.stated)} nhưng các điểm số cho ra ${signed(c.delta!)} (${c.year} ${c.score} − ${base}); hãy đối chiếu lại cả hai điểm số với văn bản gốc`);
    }
  }
  for (const e of results) {
    const rc = e.value.overall?.statedRankChange;
    const prev = results.find((r) => r.value.year === e.value.year - 1)?.value.overall?.rank;
    const now = e.value.overall?.rank;
    if (rc !== undefined && prev != null && now != null && prev - now !== rc)
      add(e, ['overall', 'statedRankChange'], `states ${signed(rc)} places but the ranks give ${signed(prev - now)} (${prev} → ${now})`, `ghi thay đổi ${signed(rc)} bậc nhưng thứ hạng cho ra ${signed(prev - now)} (${prev} → ${now})`);
  }

  const planByYear = new Map(plans.map((p) => [p.value.year, p.value]));
  for (const e of plans) {
    if (e.id !== String(e.value.year)) add(e, ['year'], `the plan for ${e.value.year} must be named ${e.value.year}.yaml`, `kế hoạch năm ${e.value.year} phải đặt tên ${e.value.year}.yaml`);
  }
  for (const e of tasks) {
    const t = e.value;
    const expected = `${t.plan}-${String(t.number).padStart(2, '0')}`;
    if (e.id !== expected) add(e, ['number'], `task ${t.number} of the ${t.plan} plan must be named ${expected}.yaml`, `nhiệm vụ ${t.number} của kế hoạch năm ${t.plan} phải đặt tên ${expected}.yaml`);
    const plan = planByYear.get(t.plan);
    if (!plan) {
      add(e, ['plan'], `there is no plan for ${t.plan}: create ddci/plans/${t.plan}.yaml first`, `chưa có kế hoạch năm ${t.plan}: hãy tạo ddci/plans/${t.plan}.yaml trước`);
      continue;
    }
    const def = ind.get(t.indicator);
    if (def && def.framework !== plan.framework)
      add(e, ['indicator'], `"${t.indicator}" belongs to framework ${def.framework}, but the ${t.plan} plan addresses framework ${plan.framework}`, `"${t.indicator}" thuộc bộ chỉ số ${def.framework}, nhưng kế hoạch năm ${t.plan} dùng bộ chỉ số ${plan.framework}`);
    if (t.source !== plan.source)
      add(e, ['source'], `the task comes from the plan document "${plan.source}", not "${t.source}"`, `nhiệm vụ thuộc văn bản kế hoạch "${plan.source}", không phải "${t.source}"`);
  }
  return problems;
}
