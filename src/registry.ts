/**
 * The registry: every element career-widgets defines, once. Adding an element means its folder,
 * src/components/<tag>/ (the class in <tag>.ts, its styles in <tag>.styles.ts), and one entry
 * here. Everything else that lists the elements is made from this list by the build plugin
 * (scripts/vite-plugin.js): the registration module of each tag and of all of them, the classes
 * that `career-widgets/elements` exports, the React wrappers, the script-tag loader's table of
 * modules, the stylesheet for not-yet-defined elements, the sections of `<career-guide>` and the
 * role parts each element loads. Storybook, the README's element table and the Custom Elements
 * Manifest's summaries read it too; test/node/registry.test.ts checks every one of them.
 *
 * The elements never import it at run time (only its types): it is data for the build, the
 * tools and the tests.
 *
 * - `tag`: the custom element name; the class is in src/components/<tag>/<tag>.ts.
 * - `className`: the class that module exports (and `career-widgets/elements` and the React
 *   wrappers export under the same name).
 * - `parts`: the parts of a role the element shows, in the order it shows them. A bundled role
 *   loads only these for it; an element with parts is a section of `<career-guide>`, in this
 *   list's order. (`<role-compare>` shows several roles, so it is no section: its entry names no
 *   parts, and it names the parts of each of its rows itself.)
 * - `events`: the `cw-` events the element fires besides `cw-load` and `cw-error` (the React
 *   wrapper's `onCw…` props).
 * - `summary`: one sentence on what it shows (manifest, Storybook, README).
 */
import type { PartKey } from './data/role-index-types.js';

export interface ElementEntry {
  readonly tag: string;
  readonly className: string;
  readonly parts: readonly PartKey[];
  readonly events: readonly string[];
  readonly summary: string;
}

export const ELEMENTS = [
  {
    tag: 'career-role',
    className: 'CareerRole',
    parts: [],
    events: [],
    summary: 'Loads one role and shares it with every career-widgets element inside it.',
  },
  {
    tag: 'role-overview',
    className: 'RoleOverview',
    parts: ['summary', 'headline', 'coreFunctions', 'responsibilities', 'workSetting'],
    events: ['cw-responsibilities-toggle'],
    summary:
      'The overview of a role: its title and summary, the headline figures, and what the job involves: core functions, key responsibilities and the work setting.',
  },
  {
    tag: 'market-demand',
    className: 'MarketDemand',
    parts: ['marketDemand', 'jobOutlook'],
    events: [],
    summary:
      'How much employers are hiring for a role, on a low-to-high scale, and its job outlook: the growth rate and how it compares.',
  },
  {
    tag: 'salary-band',
    className: 'SalaryBand',
    parts: ['salary'],
    events: ['cw-location-change'],
    summary:
      "The salary band of a role: range, median or average, levels and top earners, with a job posting's offer placed on it.",
  },
  {
    tag: 'career-ladder',
    className: 'CareerLadder',
    parts: ['careerTiers'],
    events: ['cw-tier-toggle'],
    summary:
      'The career ladder of a role: its tiers in order, with years of experience, pay where the salary band ties a level to the tier, and a description that opens on demand.',
  },
  {
    tag: 'skill-map',
    className: 'SkillMap',
    parts: ['skillMap'],
    events: [],
    summary:
      'The skill map of a role: the skills it needs, in groups from the foundations to specialisations and professional skills.',
  },
  {
    tag: 'education-path',
    className: 'EducationPath',
    parts: [
      'educationLevel',
      'pathIntoRole',
      'requiredEducation',
      'certifications',
      'licensing',
      'qualifications',
      'experience',
    ],
    events: [],
    summary:
      'How to get into a role: education level, the path into the role, required education, certifications, licensing, qualifications and experience.',
  },
  {
    tag: 'tech-stack',
    className: 'TechStack',
    parts: ['techStack', 'techSkills', 'softSkills'],
    events: [],
    summary: 'The tools and technologies of a role, with the technical and soft skills it needs.',
  },
  {
    tag: 'day-in-the-life',
    className: 'DayInTheLife',
    parts: ['dayInTheLife'],
    events: [],
    summary:
      'A typical working day in a role: its blocks in order, each with its time span, its focus and its tasks, on a vertical timeline.',
  },
  {
    tag: 'work-life-balance',
    className: 'WorkLifeBalance',
    parts: ['workLifeBalance'],
    events: [],
    summary:
      'How stressful a role is and how well it balances work and life, each on a four-step scale, with the explanation behind both.',
  },
  {
    tag: 'pros-cons',
    className: 'ProsCons',
    parts: ['prosCons'],
    events: [],
    summary: 'The pros and cons of a role, in two labelled lists side by side.',
  },
  {
    tag: 'job-market',
    className: 'JobMarket',
    parts: ['globalOutlook', 'challenges', 'growthPaths', 'industryTrends', 'relatedTerms'],
    events: [],
    summary:
      'The job market around a role: global outlook, challenges, growth paths, industry trends and related terms.',
  },
  {
    tag: 'career-advice',
    className: 'CareerAdvice',
    parts: ['commonMistakes', 'advice', 'portfolioTips'],
    events: [],
    summary: 'Advice for beginners in a role: common mistakes to avoid, practical advice and portfolio tips.',
  },
  {
    tag: 'case-studies',
    className: 'CaseStudies',
    parts: ['caseStudies'],
    events: [],
    summary: "Case studies from a role's work: what happened in each, and its key takeaway.",
  },
  {
    tag: 'related-roles',
    className: 'RelatedRoles',
    parts: ['relatedRoles'],
    events: ['cw-related-role-select'],
    summary: 'Other roles related to this one, each linking to its page on the host site.',
  },
  {
    tag: 'role-faq',
    className: 'RoleFaq',
    parts: ['faq'],
    events: ['cw-faq-toggle', 'cw-faq-search'],
    summary:
      "A role's frequently asked questions, each a disclosure with its own shareable link, with a search field when there are many.",
  },
  {
    tag: 'role-compare',
    className: 'RoleCompare',
    parts: [],
    events: ['cw-compare-row-toggle'],
    summary:
      'Two to four roles side by side, for readers choosing a path: pay on one shared scale, growth, demand, education and entry path, years to the senior tier, certifications, skills shared and particular, stress and work-life balance.',
  },
  {
    tag: 'career-guide',
    className: 'CareerGuide',
    parts: [],
    events: [],
    summary:
      'The whole career guide for one role: a table of contents, then every section the role has, each shown by its own element.',
  },
] as const satisfies readonly ElementEntry[];

type Entry = (typeof ELEMENTS)[number];

/** The tag of a registered element. */
export type ElementTag = Entry['tag'];

/** The parts `tag` shows, as a union of keys. */
export type PartsOf<T extends ElementTag> = Extract<Entry, { tag: T }>['parts'][number];

/** The tags of the sections of `<career-guide>`: the elements that show parts of a role. */
export type SectionTag = Exclude<Entry, { parts: readonly [] }>['tag'];

/** Every registered tag, in the registry's order (for tests and tools). */
export const ELEMENT_TAGS: readonly ElementTag[] = ELEMENTS.map((element) => element.tag);
