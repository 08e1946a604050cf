/**
 * How the loader imports one element's module: a static import per tag, which any bundler
 * (and Vite, for the examples) can follow. The script-tag build swaps in
 * element-modules.cdn.ts, which needs no list of file names.
 */
import type { ElementTag } from '../element-tags.js';

const ELEMENTS: Record<ElementTag, () => Promise<unknown>> = {
  'career-role': () => import('../define/career-role.js'),
  'salary-band': () => import('../define/salary-band.js'),
  'career-ladder': () => import('../define/career-ladder.js'),
  'skill-map': () => import('../define/skill-map.js'),
  'role-faq': () => import('../define/role-faq.js'),
  'education-path': () => import('../define/education-path.js'),
  'tech-stack': () => import('../define/tech-stack.js'),
  'job-market': () => import('../define/job-market.js'),
  'related-roles': () => import('../define/related-roles.js'),
  'day-in-the-life': () => import('../define/day-in-the-life.js'),
  'pros-cons': () => import('../define/pros-cons.js'),
  'case-studies': () => import('../define/case-studies.js'),
  'career-advice': () => import('../define/career-advice.js'),
  'role-overview': () => import('../define/role-overview.js'),
  'market-demand': () => import('../define/market-demand.js'),
  'work-life-balance': () => import('../define/work-life-balance.js'),
  'career-guide': () => import('../define/career-guide.js'),
};

/** Imports the module that defines `tag`. */
export function importElement(tag: ElementTag): Promise<unknown> {
  return ELEMENTS[tag]();
}
