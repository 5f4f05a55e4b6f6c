/**
 * What an MDX body in content/ may contain, judged on the syntax tree that Astro's MDX
 * integration compiles (satteri's mdast with the MDX extensions), never on the text.
 *
 * MDX is a programming language: `import`, `export` and every `{…}` run as JavaScript on
 * the machine that builds the site, and any JSX element reaches the page as markup. So
 * this is an allow-list: Markdown, the site's own components with literal attributes,
 * a few harmless inline elements, and MDX comments. Everything else is refused with the
 * file, the line and what to write instead. `npm run check` (src/lib/content-check) and
 * the build (src/node/mdx/safe-mdx-plugin.ts, inside the MDX pipeline) both call
 * `checkMdxTree`, so they cannot disagree.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from '../content-check/problems.ts';
import { closest } from '../content-check/suggest.ts';
import { judgeUrl } from '../safe-url.ts';

/** Markdown node types a body may hold (CommonMark + GFM as the MDX pipeline parses them). */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'definition',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'footnoteDefinition',
  'footnoteReference',
  'table',
  'tableRow',
  'tableCell',
  'delete',
]);

/** How an attribute value must be written. */
type AttrRule =
  | { kind: 'text' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer' }
  | { kind: 'image' }
  | { kind: 'link' };

interface ElementRule {
  attrs: Record<string, AttrRule>;
  required?: string[];
}

const TEXT: AttrRule = { kind: 'text' };

/** The site's components (src/components/mdx/index.ts), each with the attributes it reads. */
export const COMPONENT_RULES: Record<string, ElementRule> = {
  Callout: { attrs: { type: { kind: 'enum', values: ['note', 'tip', 'warning', 'important'] }, title: TEXT } },
  DocRef: { attrs: { number: TEXT, year: { kind: 'integer' }, code: TEXT } },
  Steps: { attrs: {} },
  Figure: {
    attrs: { src: { kind: 'image' }, alt: TEXT, caption: TEXT, credit: TEXT, width: { kind: 'integer' }, height: { kind: 'integer' } },
    required: ['src', 'alt'],
  },
  Table: { attrs: { caption: TEXT } },
};

export const MDX_COMPONENTS = Object.keys(COMPONENT_RULES);

/** Levels of nesting a body may have; real articles use fewer than ten. */
const MAX_TREE_DEPTH = 64;

/** Lower-case elements with no Markdown form that cannot load or run anything. */
const HTML_RULES: Record<string, ElementRule> = {
  sup: { attrs: {} },
  sub: { attrs: {} },
  br: { attrs: {} },
  abbr: { attrs: { title: TEXT } },
};

/** A component use the content check follows up across files (e.g. a DocRef's document). */
export interface ComponentUse {
  name: string;
  attrs: Record<string, string>;
  line?: number;
}

export interface MdxVerdict {
  problems: Problem[];
  uses: ComponentUse[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const SHOW_AS_TEXT = {
  en: 'to show such characters as text, put them in backticks (`{x}`, `<tag>`) or escape them (\\{, \\<)',
  vi: 'để hiển thị các ký tự này như chữ, đặt trong dấu huyền (`{x}`, `<tag>`) hoặc viết thoát (\\{, \\<)',
};

/** An MDX comment `{/* … *\/}` holds one block comment and nothing else. */
function isComment(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return v.startsWith('/*') && v.indexOf('*/') === v.length - 2;
}

function literal(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && (value as Node).type === 'mdxJsxAttributeValueExpression') {
    // Only a plain number is literal enough: {640}.
    const v = String((value as Node).value ?? '').trim();
    return /^\d{1,6}$/.test(v) ? v : undefined;
  }
  return undefined;
}

/**
 * Problems in a parsed body. `file` is reported as given; lines come from the tree, so
 * the tree must have been parsed from the file's text with its line numbers kept.
 */
export function checkMdxTree(tree: unknown, file: string): MdxVerdict {
  const problems: Problem[] = [];
  const uses: ComponentUse[] = [];
  const add = (node: Node, field: string, en: string, vi: string) =>
    problems.push({ file, line: node.position?.start.line, field, en, vi });

  const url = (node: Node, field: string, value: string, use: 'link' | 'image') => {
    const v = judgeUrl(value, use);
    // Hidden characters are spelt out: the editor must see what the parser saw.
    const shown = value.slice(0, 80).replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
    if (!v.ok) add(node, field, `${v.en} (found "${shown}")`, `${v.vi} (đang ghi "${shown}")`);
  };

  const element = (node: Node) => {
    const name = node.name;
    if (!name) {
      add(node, '<>', 'a JSX fragment <>…</> is not allowed in content; write the text without it', 'không được dùng đoạn JSX <>…</> trong nội dung; hãy viết nội dung không có nó');
      return;
    }
    const isComponent = Object.hasOwn(COMPONENT_RULES, name);
    const rule = isComponent ? COMPONENT_RULES[name] : Object.hasOwn(HTML_RULES, name) ? HTML_RULES[name] : undefined;
    if (!rule) {
      if (/^[A-Z]/.test(name) && !name.includes('.')) {
        const hit = closest(name, MDX_COMPONENTS);
        const list = MDX_COMPONENTS.map((c) => `<${c}>`).join(', ');
        add(
          node,
          `<${name}>`,
          `unknown component <${name}>${hit ? ` (did you mean <${hit}>?)` : ''}; available: ${list}`,
          `không có thành phần <${name}>${hit ? ` (có phải ý bạn là <${hit}>?)` : ''}; các thành phần dùng được: ${list}`,
        );
      } else {
        add(
          node,
          `<${name}>`,
          `the element <${name}> is not allowed in content: pages run and load nothing from content; use Markdown or a component (${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}); ${SHOW_AS_TEXT.en}`,
          `không được dùng thẻ <${name}> trong nội dung: trang không chạy và không tải gì từ nội dung; hãy dùng Markdown hoặc một thành phần (${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}); ${SHOW_AS_TEXT.vi}`,
        );
      }
      return;
    }
    const attrs: Record<string, string> = {};
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || typeof a.name !== 'string') {
        add(node, `<${name}> {…}`, `<${name}>: spread attributes {…} are not allowed; write each attribute as name="text"`, `<${name}>: không được dùng thuộc tính dạng {…}; hãy viết từng thuộc tính dạng tên="chữ"`);
        continue;
      }
      const field = `<${name}> ${a.name}`;
      if (/^on/i.test(a.name)) {
        add(node, field, `the event attribute ${a.name}= is not allowed in content: pages run no code from content`, `không được dùng thuộc tính sự kiện ${a.name}= trong nội dung: trang không chạy mã từ nội dung`);
        continue;
      }
      if (a.name.includes(':')) {
        add(node, field, `the directive ${a.name} is not allowed in content: it would insert raw HTML or run code`, `không được dùng chỉ thị ${a.name} trong nội dung: nó chèn HTML thô hoặc chạy mã`);
        continue;
      }
      const attrRule = Object.hasOwn(rule.attrs, a.name) ? rule.attrs[a.name] : undefined;
      if (!attrRule) {
        const known = Object.keys(rule.attrs);
        const hit = closest(a.name, known);
        add(
          node,
          field,
          `<${name}> has no attribute ${a.name}${hit ? ` (did you mean ${hit}?)` : ''}; ${known.length ? `allowed: ${known.join(', ')}` : 'it takes none'}`,
          `<${name}> không có thuộc tính ${a.name}${hit ? ` (có phải ý bạn là ${hit}?)` : ''}; ${known.length ? `được dùng: ${known.join(', ')}` : 'thành phần này không nhận thuộc tính nào'}`,
        );
        continue;
      }
      const value = literal(a.value);
      if (value === undefined) {
        add(
          node,
          field,
          `<${name}> ${a.name} must be written as text in quotes, ${a.name}="…": {…} expressions run code and are not allowed in content`,
          `<${name}> ${a.name} phải viết dạng chữ trong dấu nháy, ${a.name}="…": biểu thức {…} chạy mã nên không được dùng trong nội dung`,
        );
        continue;
      }
      attrs[a.name] = value;
      if (attrRule.kind === 'enum' && !attrRule.values.includes(value)) {
        add(node, field, `<${name}> ${a.name}="${value}" is not one of ${attrRule.values.map((v) => `"${v}"`).join(', ')}`, `<${name}> ${a.name}="${value}" phải là một trong ${attrRule.values.map((v) => `"${v}"`).join(', ')}`);
      } else if (attrRule.kind === 'integer' && !/^\d{1,6}$/.test(value.trim())) {
        add(node, field, `<${name}> ${a.name} must be a whole number, e.g. ${a.name}="640"`, `<${name}> ${a.name} phải là số nguyên, ví dụ ${a.name}="640"`);
      } else if (attrRule.kind === 'image' || attrRule.kind === 'link') {
        url(node, field, value, attrRule.kind);
      }
    }
    for (const req of rule.required ?? []) {
      if (!attrs[req]?.trim()) {
        add(
          node,
          `<${name}> ${req}`,
          `<${name}> needs ${req}="…"${req === 'alt' ? ': a short description of the image for people who cannot see it' : ''}`,
          `<${name}> cần có ${req}="…"${req === 'alt' ? ': mô tả ngắn nội dung ảnh cho người không xem được ảnh' : ''}`,
        );
      }
    }
    if (isComponent) uses.push({ name, attrs, line: node.position?.start.line });
  };

  let tooDeep = false;
  const walk = (node: Node, depth = 0) => {
    if (depth > MAX_TREE_DEPTH) {
      if (!tooDeep) add(node, '(body)', `nested more than ${MAX_TREE_DEPTH} levels deep (components, lists, quotes): simplify the structure`, `lồng nhau quá ${MAX_TREE_DEPTH} cấp (thành phần, danh sách, trích dẫn): hãy đơn giản hóa cấu trúc`);
      tooDeep = true;
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'import/export',
          'import and export are not allowed in content: they run code on the machine that builds the site; the components (<Callout>, <DocRef>, <Steps>, <Figure>, <Table>) need no import',
          'không được dùng import và export trong nội dung: chúng chạy mã trên máy dựng trang; các thành phần (<Callout>, <DocRef>, <Steps>, <Figure>, <Table>) không cần import',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          add(
            node,
            '{…}',
            `the expression {${String(node.value).slice(0, 40)}} is not allowed in content: {…} runs code when the site is built; only comments {/* … */} are allowed; ${SHOW_AS_TEXT.en}`,
            `không được dùng biểu thức {${String(node.value).slice(0, 40)}} trong nội dung: {…} chạy mã khi dựng trang; chỉ được dùng ghi chú {/* … */}; ${SHOW_AS_TEXT.vi}`,
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node);
        break;
      case 'link':
      case 'definition':
        url(node, node.type === 'definition' ? '[…]: link definition' : '[…](…) link', node.url ?? '', 'link');
        break;
      case 'image':
        url(node, '![…](…) image', node.url ?? '', 'image');
        break;
      default:
        if (!MARKDOWN_NODES.has(node.type)) {
          add(node, node.type, `"${node.type}" is not allowed in an article body; use Markdown or a component`, `không được dùng "${node.type}" trong nội dung bài viết; hãy dùng Markdown hoặc một thành phần`);
          return;
        }
    }
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(tree as Node);
  return { problems, uses };
}

/**
 * Parses a body with the MDX pipeline's parser and judges it. `firstLine` is the line of
 * the file the body starts on; blank lines in front keep the parser's line numbers equal
 * to the file's (the build sees the front matter as blank lines too).
 */
export function checkMdxBody(body: string, file: string, firstLine = 1): MdxVerdict {
  // Thousands of nested quotes ("> > > …") take the parser many seconds; no article needs more than a few.
  const deepQuote = /^(?:[ \t]*>){21}/m.exec(body);
  if (deepQuote) {
    const line = firstLine + body.slice(0, deepQuote.index).split('\n').length - 1;
    return {
      problems: [{ file, line, field: '(body)', en: 'block quotes nested more than 20 levels deep: write the text without so many ">"', vi: 'trích dẫn lồng nhau quá 20 cấp: hãy viết lại, bớt các dấu ">"' }],
      uses: [],
    };
  }
  let tree: unknown;
  try {
    tree = mdxToMdast('\n'.repeat(Math.max(0, firstLine - 1)) + body);
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const text = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\(\d+:\d+\)\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
    return {
      problems: [
        {
          file,
          line: at ? Number(at[1]) : undefined,
          field: '(MDX)',
          en: `not valid MDX: ${text}. A "<" or "{" meant as text must be escaped (\\<, \\{) or put in backticks`,
          vi: `MDX không hợp lệ: ${text}. Dấu "<" hoặc "{" dùng như chữ phải viết thoát (\\<, \\{) hoặc đặt trong dấu huyền`,
        },
      ],
      uses: [],
    };
  }
  return checkMdxTree(tree, file);
}
