/** The translation report as plain text for the terminal, Vietnamese first, English after. */
import type { Gap, GapKind, TranslationReport } from './report.ts';

export const GAP_LABEL: Record<GapKind, { vi: string; en: string; mark: string }> = {
  missing: { vi: 'chưa có bản dịch', en: 'not translated', mark: '✗' },
  outdated: { vi: 'bản dịch cũ hơn bản tiếng Việt', en: 'older than the Vietnamese', mark: '!' },
  placeholder: { vi: 'còn chỗ «…» chưa dịch', en: 'still holds «…» placeholders', mark: '~' },
  fields: { vi: 'có trường chưa dịch', en: 'fields not translated', mark: '·' },
};

const LANG = { zh: 'tiếng Trung / Chinese', en: 'tiếng Anh / English' };

function detail(g: Gap): string {
  if (g.kind === 'outdated') return `dịch ngày / translated ${g.translated} < sửa ngày / Vietnamese changed ${g.original}`;
  if (g.kind === 'missing') return `tạo tệp / create ${g.file}`;
  return `${g.file}: ${g.fields!.join(', ')}`;
}

export function formatReport(report: TranslationReport): string {
  const out: string[] = ['Tình trạng bản dịch / Translation status', ''];
  for (const c of report.collections) {
    if (c.total === 0) continue;
    out.push(`${c.collection} — ${c.total} mục / entries · đủ tiếng Trung / complete in Chinese: ${c.complete.zh} · đủ tiếng Anh / in English: ${c.complete.en}`);
    for (const g of c.gaps) {
      const label = GAP_LABEL[g.kind];
      out.push(`  ${label.mark} ${g.id} [${g.locale}] ${label.vi} / ${label.en} — ${detail(g)}`);
    }
    out.push('');
  }
  const t = report.totals;
  const sum = t.missing + t.outdated + t.placeholder + t.fields;
  out.push(
    sum === 0
      ? '✓ Mọi mục đã được dịch đầy đủ / Everything is translated.'
      : `Tổng / Total: ${t.missing} chưa dịch / missing, ${t.outdated} cũ / outdated, ${t.placeholder} còn «…» / placeholders, ${t.fields} thiếu trường / with untranslated fields.`,
  );
  out.push(`(${LANG.zh}: zh · ${LANG.en}: en)`);
  return out.join('\n');
}
