/**
 * The safe-MDX rule inside the build's own MDX pipeline: a satteri mdast plugin that
 * judges every MDX file under the content folder on the tree the compiler is about to
 * turn into JavaScript, and stops the compile before any of it can run.
 *
 * `npm run check` and the pre-build content check already refuse such a body with the
 * same function (checkMdxTree); this plugin also covers what they cannot see, such as
 * a file edited while `astro dev` runs. Project MDX outside content/ (the editors' guide
 * in src/) is written by developers and may use expressions.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { formatProblems } from '../../lib/content-check/problems.ts';
import { checkMdxTree } from '../../lib/mdx/safe-subset.ts';
import { say } from '../../lib/content-check/messages.ts';

export class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

/** A plugin that judges files under `root` (the content folder). */
export function safeMdxPlugin(root: string) {
  return defineMdastPlugin({
    name: 'songoaivu:safe-mdx',
    options: { position: true },
    before(tree, ctx) {
      if (!ctx.fileURL) return;
      const path = fileURLToPath(ctx.fileURL);
      const rel = relative(root, path);
      if (rel.startsWith('..') || rel === path) return;
      const file = rel.split(sep).join('/');
      const { problems } = checkMdxTree(tree, file);
      // The MDX integration imports the module a front-matter `layout` names: code again.
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && Object.hasOwn(frontmatter, 'layout')) {
        problems.unshift({
          file,
          field: 'layout',
          ...say('mdx.layout'),
        });
      }
      if (problems.length > 0) throw new UnsafeMdxError(formatProblems(problems));
    },
  });
}
