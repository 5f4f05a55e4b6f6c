/**
 * One page of every template in every language on a 375-px phone: axe (WCAG 2.1 A/AA), no sideways scrolling, no
 * third-party request or CSP violation, Pagefind on the search pages only; all checked on
 * one visit per page (tests/helpers/template-pass.ts).
 */
import { templatePagesSuite } from '../helpers/template-pass.ts';

templatePagesSuite('phone');
