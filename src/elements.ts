/**
 * The element classes, free of side effects: importing this module registers no tag. Use it to
 * register the elements under names of your own, or to extend them.
 */
// Every element class of the registry (src/registry.ts), under its own name: CareerRole,
// SalaryBand, CareerLadder, …
export * from 'career-widgets-virtual/elements';
// Types and helpers that go with some of them.
export type { SalaryPeriod } from './components/salary-band/salary-band.js';
export { faqSlug } from './components/role-faq/role-faq.js';
export type { EducationPart } from './components/education-path/education-path.js';
export type { TechStackPart } from './components/tech-stack/tech-stack.js';
export type { JobMarketPart } from './components/job-market/job-market.js';
export { relatedRoleHref, ROLE_ID_PLACEHOLDER } from './components/related-roles/related-roles.js';
export { formatClockTime, type DayBlock } from './components/day-in-the-life/day-in-the-life.js';
export type { CaseStudy } from './components/case-studies/case-studies.js';
export type { DemandLevel } from './components/market-demand/market-demand.js';
export type { StressLevel, BalanceRating } from './components/work-life-balance/work-life-balance.js';
export { CareerElement } from './base/career-element.js';
export { RoleSourceElement } from './base/role-source-element.js';
export type { RoleState, RoleLoadError, RoleErrorKind, RoleSourceKind } from './base/role-state.js';
export { GUIDE_SECTIONS, type GuideSection } from './components/career-guide/guide-sections.js';
