/**
 * The sections of a complete career guide, in order: the elements of the registry that show
 * parts of a role (src/registry.ts), each with the parts it shows and its entry in the table of
 * contents. `<career-guide>` renders a section only when the role has one of its parts.
 */
import { msg } from '../../base/i18n.js';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { SECTIONS } from 'career-widgets-virtual/sections';
import type { PartKey } from '../../data/role-index-types.js';
import type { SectionTag } from '../../registry.js';

export interface GuideSection {
  tag: string;
  /** The tag as a static value, for rendering the element. */
  literal: StaticValue;
  /** The role parts the element shows; the section appears when any is present. */
  parts: readonly PartKey[];
  /** Its entry in the table of contents. */
  title: () => string;
}

/** Each section's entry in the table of contents. */
const TITLES: Record<SectionTag, () => string> = {
  'role-overview': () => msg('Overview'),
  'market-demand': () => msg('Market demand'),
  'salary-band': () => msg('Salary'),
  'career-ladder': () => msg('Career path'),
  'skill-map': () => msg('Skill map'),
  'education-path': () => msg('Education and certification'),
  'tech-stack': () => msg('Tools and skills'),
  'day-in-the-life': () => msg('A day in the life'),
  'work-life-balance': () => msg('Work-life balance'),
  'pros-cons': () => msg('Pros and cons'),
  'job-market': () => msg('Job market'),
  'career-advice': () => msg('Advice'),
  'case-studies': () => msg('Case studies'),
  'related-roles': () => msg('Related roles'),
  'role-faq': () => msg('Questions'),
};

export const GUIDE_SECTIONS: readonly GuideSection[] = SECTIONS.map(({ tag, parts }) => ({
  tag,
  // Registry tags only: never text from a page.
  literal: unsafeStatic(tag),
  parts,
  title: TITLES[tag],
}));
