/**
 * One page of every template in every language on a 1280-px desktop: axe (WCAG 2.1 A/AA), no
 * third-party request or CSP violation, Pagefind on the search pages only; all checked on
 * one visit per page (tests/helpers/template-pass.ts).
 */
import { templatePagesSuite } from '../helpers/template-pass.ts';

templatePagesSuite('desktop');
