/**
 * The sections of a complete career guide, in order: which element shows each, and which
 * parts of a role it shows. `<career-guide>` renders a section only when the role has one of
 * its parts; a test keeps every part of the schema covered and each list equal to its
 * element's own.
 */
import { msg } from '@lit/localize';
import { literal, type StaticValue } from 'lit/static-html.js';
import type { PartKey } from '../../data/role-index-types.js';

export interface GuideSection {
  tag: string;
  /** The tag as a static value, for rendering the element. */
  literal: StaticValue;
  /** The role parts the element shows; the section appears when any is present. */
  parts: readonly PartKey[];
  /** Its entry in the table of contents. */
  title: () => string;
}

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    tag: 'role-overview',
    literal: literal`role-overview`,
    parts: ['summary', 'headline', 'coreFunctions', 'responsibilities', 'workSetting'],
    title: () => msg('Overview'),
  },
  {
    tag: 'market-demand',
    literal: literal`market-demand`,
    parts: ['marketDemand', 'jobOutlook'],
    title: () => msg('Market demand'),
  },
  { tag: 'salary-band', literal: literal`salary-band`, parts: ['salary'], title: () => msg('Salary') },
  { tag: 'career-ladder', literal: literal`career-ladder`, parts: ['careerTiers'], title: () => msg('Career path') },
  { tag: 'skill-map', literal: literal`skill-map`, parts: ['skillMap'], title: () => msg('Skill map') },
  {
    tag: 'education-path',
    literal: literal`education-path`,
    parts: [
      'educationLevel',
      'pathIntoRole',
      'requiredEducation',
      'certifications',
      'licensing',
      'qualifications',
      'experience',
    ],
    title: () => msg('Education and certification'),
  },
  {
    tag: 'tech-stack',
    literal: literal`tech-stack`,
    parts: ['techStack', 'techSkills', 'softSkills'],
    title: () => msg('Tools and skills'),
  },
  {
    tag: 'day-in-the-life',
    literal: literal`day-in-the-life`,
    parts: ['dayInTheLife'],
    title: () => msg('A day in the life'),
  },
  {
    tag: 'work-life-balance',
    literal: literal`work-life-balance`,
    parts: ['workLifeBalance'],
    title: () => msg('Work-life balance'),
  },
  { tag: 'pros-cons', literal: literal`pros-cons`, parts: ['prosCons'], title: () => msg('Pros and cons') },
  {
    tag: 'job-market',
    literal: literal`job-market`,
    parts: ['globalOutlook', 'challenges', 'growthPaths', 'industryTrends', 'relatedTerms'],
    title: () => msg('Job market'),
  },
  {
    tag: 'career-advice',
    literal: literal`career-advice`,
    parts: ['commonMistakes', 'advice', 'portfolioTips'],
    title: () => msg('Advice'),
  },
  { tag: 'case-studies', literal: literal`case-studies`, parts: ['caseStudies'], title: () => msg('Case studies') },
  { tag: 'related-roles', literal: literal`related-roles`, parts: ['relatedRoles'], title: () => msg('Related roles') },
  { tag: 'role-faq', literal: literal`role-faq`, parts: ['faq'], title: () => msg('Questions') },
];
