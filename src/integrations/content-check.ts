/**
 * Stops `astro build` / `astro dev` before any page is rendered when the content has
 * problems, listing all of them with file, line, field and fix (Vietnamese and English).
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../node/content-check/check.ts';
import { formatProblems } from '../lib/content-check/problems.ts';
import { contentRoot } from '../node/content-root.ts';
import { findPlaceholders, formatPlaceholderWarning } from '../lib/editors/placeholders.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'songoaivu:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = contentRoot();
        const { problems, entries } = checkContent(root);
        if (problems.length > 0) throw new ContentError(formatProblems(problems));
        logger.info(`${entries.length} content files checked in ${root}: no problems`);
        // Unfinished «…» placeholders are valid (the entry stays marked sample) but worth a warning.
        const unfinished = findPlaceholders(entries);
        if (unfinished.length > 0) logger.warn(formatPlaceholderWarning(unfinished));
      },
    },
  };
}
