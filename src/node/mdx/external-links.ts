/**
 * Links to other sites are marked as such in article bodies: `rel="external noopener
 * noreferrer"`, a visible arrow and, for screen readers, the words "(external site)" in
 * the language of the file. A reader should know before clicking that the department's
 * site ends there. The same words mark external evidence links on DDCI pages.
 */
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { defineHastPlugin } from 'satteri';
import { MESSAGES } from '../../lib/i18n.ts';
import type { Locale } from '../../lib/locales.ts';
import { EXTERNAL_REL, isExternal } from '../../lib/safe-url.ts';

/** The locale folder of a content file (policies/zh/x.mdx → zh). */
function fileLocale(root: string, url: URL | undefined): Locale | undefined {
  if (!url) return undefined;
  const rel = relative(root, fileURLToPath(url)).split(sep);
  if (rel[0] === '..') return undefined;
  const l = rel.at(-2);
  return l === 'vi' || l === 'zh' || l === 'en' ? l : undefined;
}

export function externalLinksPlugin(root: string) {
  return defineHastPlugin({
    name: 'songoaivu:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const locale = fileLocale(root, ctx.fileURL);
        const href = node.properties?.href;
        if (!locale || typeof href !== 'string' || !isExternal(href)) return;
        ctx.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
        ctx.setProperty(node, 'className', ['external']);
        ctx.appendChild(node, [
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ` ${MESSAGES[locale]['link.external']}` }] },
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['external-mark'] }, children: [{ type: 'text', value: '↗' }] },
        ]);
      },
    },
  });
}
