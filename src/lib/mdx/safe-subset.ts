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
import { say, type Saying } from '../content-check/messages.ts';

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
  const add = (node: Node, field: string, said: Saying) => problems.push({ file, line: node.position?.start.line, field, ...said });

  const url = (node: Node, field: string, value: string, use: 'link' | 'image') => {
    const v = judgeUrl(value, use);
    // Hidden characters are spelt out: the editor must see what the parser saw.
    const shown = value.slice(0, 80).replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
    if (!v.ok) add(node, field, say('mdx.badAddress', { verdict: v, shown }));
  };

  const element = (node: Node) => {
    const name = node.name;
    if (!name) {
      add(node, '<>', say('mdx.fragment'));
      return;
    }
    const isComponent = Object.hasOwn(COMPONENT_RULES, name);
    const rule = isComponent ? COMPONENT_RULES[name] : Object.hasOwn(HTML_RULES, name) ? HTML_RULES[name] : undefined;
    if (!rule) {
      if (/^[A-Z]/.test(name) && !name.includes('.')) {
        const hit = closest(name, MDX_COMPONENTS);
        const list = MDX_COMPONENTS.map((c) => `<${c}>`).join(', ');
        add(node, `<${name}>`, say('mdx.unknownComponent', { name, hit, list }));
      } else {
        add(node, `<${name}>`, say('mdx.elementNotAllowed', { name, components: MDX_COMPONENTS.map((c) => `<${c}>`).join(', ') }));
      }
      return;
    }
    const attrs: Record<string, string> = {};
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || typeof a.name !== 'string') {
        add(node, `<${name}> {…}`, say('mdx.spreadAttributes', { name }));
        continue;
      }
      const field = `<${name}> ${a.name}`;
      if (/^on/i.test(a.name)) {
        add(node, field, say('mdx.eventAttribute', { name: a.name }));
        continue;
      }
      if (a.name.includes(':')) {
        add(node, field, say('mdx.directive', { name: a.name }));
        continue;
      }
      const attrRule = Object.hasOwn(rule.attrs, a.name) ? rule.attrs[a.name] : undefined;
      if (!attrRule) {
        const known = Object.keys(rule.attrs);
        const hit = closest(a.name, known);
        add(node, field, say('mdx.unknownAttribute', { name, attr: a.name, hit, known }));
        continue;
      }
      const value = literal(a.value);
      if (value === undefined) {
        add(
          node,
          field,
          say('mdx.attributeNotText', { name, attr: a.name }),
        );
        continue;
      }
      attrs[a.name] = value;
      if (attrRule.kind === 'enum' && !attrRule.values.includes(value)) {
        add(node, field, say('mdx.attributeValue', { name, attr: a.name, value, allowed: attrRule.values.map((v) => `"${v}"`).join(', ') }));
      } else if (attrRule.kind === 'integer' && !/^\d{1,6}$/.test(value.trim())) {
        add(node, field, say('mdx.attributeInteger', { name, attr: a.name }));
      } else if (attrRule.kind === 'image' || attrRule.kind === 'link') {
        url(node, field, value, attrRule.kind);
      }
    }
    for (const req of rule.required ?? []) {
      if (!attrs[req]?.trim()) {
        add(node, `<${name}> ${req}`, say('mdx.attributeRequired', { name, attr: req }));
      }
    }
    if (isComponent) uses.push({ name, attrs, line: node.position?.start.line });
  };

  let tooDeep = false;
  const walk = (node: Node, depth = 0) => {
    if (depth > MAX_TREE_DEPTH) {
      if (!tooDeep) add(node, '(body)', say('mdx.tooDeep', { depth: MAX_TREE_DEPTH }));
      tooDeep = true;
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'import/export',
          say('mdx.importExport'),
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          add(node, '{…}', say('mdx.expression', { code: String(node.value).slice(0, 40) }));
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
          add(node, node.type, say('mdx.unknownNode', { type: node.type }));
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
      problems: [{ file, line, field: '(body)', ...say('mdx.quotesTooDeep') }],
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
          ...say('mdx.invalid', { text }),
        },
      ],
      uses: [],
    };
  }
  return checkMdxTree(tree, file);
}
