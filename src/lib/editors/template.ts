/**
 * The files `npm run new -- <collection> <id>` writes, generated from the collection's
 * schema so that every collection (including ones added later) gets a template that
 * passes the content check: every required field holds a valid value that is visibly a
 * placeholder («…», see placeholders.ts), every field carries a comment saying what it
 * is, optional fields are shown commented out, and the entry is `sample: true` until an
 * editor has replaced the placeholders. The editor guide shows the same output.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { translationSchema } from '../../schemas/articles.ts';
import type { FieldDoc } from '../../schemas/field-doc.ts';
import { DDCI_FRAMEWORKS } from '../../schemas/ddci.ts';
import { objectFields, type FieldInfo, type FieldSpec } from '../schema-introspect.ts';
import { generateCode } from '../crockford.ts';
import { PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE, placeholder } from './placeholders.ts';

export interface TemplateContext {
  /** Date written into date fields (YYYY-MM-DD). */
  today: string;
  /** Existing ids per collection, so references (unit, sourceDocument…) point at real entries. */
  ids: Partial<Record<string, readonly string[]>>;
  /** Verification codes already in the register; a new document gets an unused one. */
  codes: readonly string[];
  /** Random bytes for new codes: the platform's cryptographic generator unless given (the guide's examples pass a fixed one). */
  random?: (n: number) => Uint8Array;
  /** Parsed records per collection, for templates whose values depend on other entries. */
  records?: Partial<Record<string, readonly { id: string; data: unknown }[]>>;
}

/** A field of a record as parsed, possibly invalid: read with care, never trusted. */
const field = (data: unknown, key: string): unknown => (data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined);

/**
 * Collections whose file name is made of their data (a DDCI year, a plan's task number)
 * and whose values depend on other files: the id must follow a pattern, and some fields
 * are derived from it rather than left as placeholders.
 */
export interface TemplateRule {
  id: RegExp;
  /** The naming rule, said to an editor who typed another id. */
  help: { vi: string; en: string };
  /** An id that follows the rule, for examples. */
  example: string;
  /** Top-level field values derived from the id and the existing content. */
  values: (id: string, ctx: TemplateContext) => Record<string, string | number>;
}

const LATEST_FRAMEWORK = Math.max(...DDCI_FRAMEWORKS);

export const TEMPLATE_RULES: Partial<Record<CollectionName, TemplateRule>> = {
  'ddci-results': {
    id: /^\d{4}$/,
    help: { vi: 'mã của ddci-results là năm kết quả, ví dụ 2026', en: 'the id of ddci-results is the results year, e.g. 2026' },
    example: '2026',
    values: (id) => ({ year: Number(id), framework: LATEST_FRAMEWORK }),
  },
  'ddci-plans': {
    id: /^\d{4}$/,
    help: { vi: 'mã của ddci-plans là năm của kế hoạch, ví dụ 2027', en: 'the id of ddci-plans is the plan year, e.g. 2027' },
    example: '2027',
    values: (id) => ({ year: Number(id), resultsYear: Number(id) - 1, framework: LATEST_FRAMEWORK }),
  },
  'ddci-tasks': {
    id: /^\d{4}-\d{2}$/,
    help: {
      vi: 'mã của ddci-tasks là <năm kế hoạch>-<số thứ tự hai chữ số>, ví dụ 2026-12',
      en: 'the id of ddci-tasks is <plan year>-<two-digit number>, e.g. 2026-12',
    },
    example: '2026-12',
    values: (id, ctx) => {
      const [year, num] = id.split('-').map(Number) as [number, number];
      const plan = ctx.records?.['ddci-plans']?.find((p) => field(p.data, 'year') === year)?.data;
      const indicator = plan === undefined ? undefined : ctx.records?.['ddci-indicators']?.find((i) => field(i.data, 'framework') === field(plan, 'framework'))?.id;
      const source = field(plan, 'source');
      return { plan: year, number: num, ...(typeof source === 'string' ? { source } : {}), ...(indicator ? { indicator } : {}) };
    },
  },
};

export interface NewFile {
  /** Path relative to the content root, e.g. "policies/vi/x.mdx". */
  path: string;
  text: string;
  /** The file an editor should open first. */
  primary: boolean;
}

/**
 * Optional fields the template writes anyway: required by a rule across fields in the case
 * the template writes (a document without a file must say why it has no hash), or needed
 * to make an unfinished entry visible.
 */
const ALSO_WRITE: Partial<Record<CollectionName, string[]>> = {
  documents: ['noFileReason'],
  // A results year has no sample flag and no text of its own: its note carries the visible placeholder.
  'ddci-results': ['note'],
};

/** Example values for text fields whose format a generic placeholder cannot meet. */
const TEXT_HINTS: Record<string, string> = {
  phones: PLACEHOLDER_PHONE,
  hotline: PLACEHOLDER_PHONE,
  sha256: '0000000000000000000000000000000000000000000000000000000000000000',
  file: 'ten-tep.pdf',
  nationalCode: '1.000000',
};

const q = (s: string) => JSON.stringify(s);

interface Gen {
  collection: CollectionName;
  ctx: TemplateContext;
  /** Reference targets keyed by field path without list marks ("implementation.lead"). */
  refs: Record<string, string>;
  /** Top-level values fixed by the collection's TemplateRule. */
  fixed: Record<string, string | number>;
}

function comment(g: Gen, path: string[], spec: FieldSpec, required: boolean): string[] {
  const doc = spec.doc;
  const need = required ? 'bắt buộc / required' : 'không bắt buộc / optional';
  const out = [doc ? `# ${doc.vi} — ${doc.en} (${need})` : `# (${need})`];
  const values = spec.kind === 'enum' ? spec.values : spec.kind === 'list' && spec.element?.kind === 'enum' ? spec.element.values : undefined;
  if (values) out.push(`# Chọn trong / choose from: ${values.join(' | ')}`);
  // A link to another entry lists the ids it can take, when they fit on a line.
  const target = spec.kind === 'slug' || (spec.kind === 'list' && spec.element?.kind === 'slug') ? refTarget(g, path) : undefined;
  const ids = target ? g.ctx.ids[target] : undefined;
  if (ids && ids.length > 0 && ids.length <= 8) out.push(`# Mã có sẵn / existing ids: ${ids.join(' | ')}`);
  if (spec.kind === 'date' || (spec.kind === 'list' && spec.element?.kind === 'date')) out.push('# Ngày dạng / date as YYYY-MM-DD');
  return out;
}

function localizedBlock(doc: FieldDoc | undefined): string[] {
  const vi = placeholder(doc ? doc.vi : 'Nội dung tiếng Việt');
  const en = placeholder(doc ? doc.en : 'English translation');
  return [`vi: ${q(vi)}`, `zh: ${q(placeholder('请填写中文译文'))}`, `en: ${q(en)}`];
}

/** A value for a field: inline text after "key: ", or lines to indent under "key:". */
type Emitted = { inline: string } | { block: string[] };

function textValue(g: Gen, path: string[], info: FieldInfo, doc: FieldDoc | undefined): string {
  const key = path[path.length - 1] ?? '';
  if (g.collection === 'documents' && key === 'code') return q(generateCode(new Set(g.ctx.codes), g.ctx.random));
  const hint = TEXT_HINTS[key];
  if (hint) return q(hint);
  let text = placeholder(doc ? doc.vi : `Viết ${key}`);
  while (info.min !== undefined && text.length < info.min) text = text.replace('»', ' …»');
  return q(text);
}

function refTarget(g: Gen, path: string[]): string | undefined {
  return g.refs[path.join('.')];
}

/** A value for a field; `doc` (what the field means) words its placeholders. */
function value(g: Gen, path: string[], info: FieldInfo, doc: FieldDoc | undefined): Emitted {
  switch (info.kind) {
    case 'localized':
      return { block: localizedBlock(doc) };
    case 'date':
      return { inline: q(g.ctx.today) };
    case 'slug': {
      const target = refTarget(g, path);
      const first = target ? g.ctx.ids[target]?.[0] : undefined;
      return { inline: first ?? q(placeholder(`mã trong ${target ?? 'bộ sưu tập'}`)) };
    }
    case 'ref': {
      // An example link to a page of the same collection, else to a policy, else to anything.
      const order = [g.collection, 'policies', ...Object.keys(g.ctx.ids).filter((c) => c !== 'units')];
      const coll = order.find((c) => (g.ctx.ids[c]?.length ?? 0) > 0);
      return { inline: coll ? `${coll}/${g.ctx.ids[coll]![0]}` : 'policies/ma-muc' };
    }
    case 'country':
      return { inline: 'CN' };
    case 'email':
      return { inline: PLACEHOLDER_EMAIL };
    case 'text':
      return { inline: textValue(g, path, info, doc) };
    case 'number':
    case 'integer':
      return { inline: String(info.min ?? 0) };
    case 'boolean':
      return { inline: 'false' };
    case 'enum':
    case 'literal':
      return { inline: info.values![0]! };
    case 'union':
      return value(g, path, info.options![0]!, doc);
    case 'object':
      return { block: objectLines(g, path, info.fields!, false) };
    case 'list': {
      const el = info.element!;
      if ((info.min ?? 0) === 0) return { inline: '[]' };
      const item = value(g, path, el, doc);
      if ('inline' in item) return { inline: `[${item.inline}]` };
      const [first, ...rest] = item.block;
      return { block: [`- ${first}`, ...rest.map((l) => `  ${l}`)] };
    }
    default:
      return { inline: q(placeholder(`Viết ${path.join('.')}`)) };
  }
}

function fieldLines(key: string, v: Emitted): string[] {
  return 'inline' in v ? [`${key}: ${v.inline}`] : [`${key}:`, ...v.block.map((l) => `  ${l}`)];
}

/** Example written for an optional field, commented out. */
function exampleFor(g: Gen, path: string[], spec: FieldSpec): Emitted {
  const key = path[path.length - 1];
  if (key === 'updates')
    return {
      block: [`- date: ${q(g.ctx.today)}`, '  note:', ...localizedBlock(spec.element?.fields?.note?.doc).map((l) => `    ${l}`), '  major: false'],
    };
  if (spec.kind === 'list' && spec.element) {
    const item = value(g, path, spec.element, spec.doc);
    if ('inline' in item) return { inline: `[${item.inline}]` };
  }
  if (spec.defaultValue !== undefined && typeof spec.defaultValue !== 'object') return { inline: String(spec.defaultValue) };
  return value(g, path, spec, spec.doc);
}

function objectLines(g: Gen, parent: string[], fields: Record<string, FieldSpec>, top: boolean): string[] {
  const out: string[] = [];
  const extra = top ? (ALSO_WRITE[g.collection] ?? []) : [];
  for (const [key, spec] of Object.entries(fields)) {
    const path = [...parent, key];
    if (top && key === 'sample') {
      out.push('# Mẫu: xóa dòng này khi đã thay hết «…» bằng thông tin thật — Sample: delete this line once every «…» holds real content');
      out.push('sample: true');
      continue;
    }
    const write = spec.required || extra.includes(key);
    out.push(...comment(g, path, spec, write));
    const fixed = top ? g.fixed[key] : undefined;
    const v: Emitted = fixed !== undefined ? { inline: typeof fixed === 'number' ? String(fixed) : fixed } : write ? value(g, path, spec, spec.doc) : exampleFor(g, path, spec);
    const lines = fieldLines(key, v);
    out.push(...(write ? lines : lines.map((l) => `# ${l}`)));
  }
  return out;
}

function header(collection: CollectionName, id: string): string[] {
  return [
    `# Tạo bởi "npm run new -- ${collection} ${id}". Thay mọi chỗ «…» bằng nội dung thật, xóa dòng "sample: true",`,
    `# rồi chạy "npm run check". Giải thích các trường: trang /editors/fields/${collection}/ của website.`,
    `# Created by "npm run new -- ${collection} ${id}". Replace every «…», delete "sample: true", then run`,
    `# "npm run check". Every field explained: /en/editors/fields/${collection}/ on the site.`,
  ];
}

const VI_BODY = `{/* Viết nội dung dưới đây bằng Markdown. Có thể dùng các thành phần <Callout>, <DocRef number="…" />,
    <Steps>, <Figure> và <Table>: xem ví dụ ở trang /editors/. Dòng này là ghi chú, không hiện trên trang. */}

${placeholder('Viết đoạn mở đầu ở đây: chính sách, sự kiện hay thỏa thuận này là gì, dành cho ai.')}

## ${placeholder('Tiêu đề mục')}

${placeholder('Viết nội dung mục ở đây.')}
`;

const TR_BODY: Record<'zh' | 'en', string> = {
  zh: `{/* 在下面用 Markdown 翻译越南语正文。本行为注释，不会显示在页面上。 */}

${placeholder('在此翻译正文第一段。')}

## ${placeholder('小标题')}

${placeholder('在此翻译本节内容。')}
`,
  en: `{/* Translate the Vietnamese body below, in Markdown. This line is a comment and is not shown. */}

${placeholder('Translate the opening paragraph here.')}

## ${placeholder('Section heading')}

${placeholder('Translate the section here.')}
`,
};

/** The comment above a field of a translation's front matter, from translationSchema. */
function said(key: string): string[] {
  const spec = objectFields(translationSchema)[key]!;
  const need = spec.required ? 'bắt buộc / required' : 'không bắt buộc / optional';
  return [spec.doc ? `# ${spec.doc.vi} — ${spec.doc.en} (${need})` : `# (${need})`];
}

function translationFile(locale: 'zh' | 'en', collection: CollectionName, id: string, today: string): string {
  const t =
    locale === 'zh'
      ? { title: placeholder('中文标题'), summary: placeholder('中文摘要：一两句话') }
      : { title: placeholder('English headline'), summary: placeholder('English summary, one or two sentences') };
  return [
    '---',
    `# Bản dịch ${locale === 'zh' ? 'tiếng Trung (giản thể)' : 'tiếng Anh'} của ${collection}/vi/${id}.mdx: chỉ dịch tiêu đề, tóm tắt và nội dung;`,
    '# mọi thông tin khác (ngày, trạng thái…) nằm trong tệp tiếng Việt. Chưa dịch thì xóa tệp này: trang sẽ hiện bản tiếng Việt.',
    `# ${locale === 'zh' ? 'Simplified Chinese' : 'English'} translation of ${collection}/vi/${id}.mdx: translate title, summary and body only;`,
    '# every other fact lives in the Vietnamese file. Not translating yet? Delete this file: the page shows the Vietnamese.',
    ...said('title'),
    `title: ${q(t.title)}`,
    ...said('summary'),
    `summary: ${q(t.summary)}`,
    ...said('translated'),
    `translated: ${q(today)}`,
    '---',
    '',
    TR_BODY[locale],
  ].join('\n');
}

/** The files for a new entry, without touching the disk. */
export function newEntryFiles(collection: CollectionName, id: string, ctx: TemplateContext): NewFile[] {
  const def = COLLECTIONS[collection];
  const refs = Object.fromEntries(Object.entries(('refs' in def ? def.refs : {}) as Record<string, string>).map(([k, v]) => [k.replace(/\[\]/g, ''), v]));
  const fixed = TEMPLATE_RULES[collection]?.values(id, ctx) ?? {};
  const g: Gen = { collection, ctx, refs, fixed };
  const fields = objectFields(def.schema);
  const body = objectLines(g, [], fields, true);
  if (def.format === 'yaml') {
    return [{ path: `${def.dir}/${id}.yaml`, text: [...header(collection, id), ...body, ''].join('\n'), primary: true }];
  }
  return [
    { path: `${def.dir}/vi/${id}.mdx`, text: ['---', ...header(collection, id), ...body, '---', '', VI_BODY].join('\n'), primary: true },
    { path: `${def.dir}/zh/${id}.mdx`, text: translationFile('zh', collection, id, ctx.today), primary: false },
    { path: `${def.dir}/en/${id}.mdx`, text: translationFile('en', collection, id, ctx.today), primary: false },
  ];
}

/** Today's date in Viet Nam (the editors' day, not the server's UTC day). */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
