/**
 * Every element career-widgets defines. The loader, the package entry and the tests read this
 * list; a test keeps it equal to the registration modules in src/define/.
 */
export const ELEMENT_TAGS = [
  'career-role',
  'salary-band',
  'career-ladder',
  'skill-map',
  'role-faq',
  'education-path',
  'tech-stack',
  'job-market',
  'related-roles',
  'day-in-the-life',
  'pros-cons',
  'case-studies',
  'career-advice',
  'role-overview',
  'market-demand',
  'work-life-balance',
  'career-guide',
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
