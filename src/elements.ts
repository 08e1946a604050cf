/**
 * The element classes, free of side effects: importing this module registers no tag. Use it to
 * register the elements under names of your own, or to extend them.
 */
export { CareerRole } from './components/career-role/career-role.js';
export { SalaryBand, type SalaryPeriod } from './components/salary-band/salary-band.js';
export { CareerLadder } from './components/career-ladder/career-ladder.js';
export { SkillMap } from './components/skill-map/skill-map.js';
export { RoleFaq, faqSlug } from './components/role-faq/role-faq.js';
export { EducationPath, type EducationPart } from './components/education-path/education-path.js';
export { TechStack, type TechStackPart } from './components/tech-stack/tech-stack.js';
export { JobMarket, type JobMarketPart } from './components/job-market/job-market.js';
export { RelatedRoles, relatedRoleHref, ROLE_ID_PLACEHOLDER } from './components/related-roles/related-roles.js';
export { DayInTheLife, formatClockTime, type DayBlock } from './components/day-in-the-life/day-in-the-life.js';
export { ProsCons } from './components/pros-cons/pros-cons.js';
export { CaseStudies, type CaseStudy } from './components/case-studies/case-studies.js';
export { CareerAdvice } from './components/career-advice/career-advice.js';
export { RoleOverview } from './components/role-overview/role-overview.js';
export { MarketDemand, type DemandLevel } from './components/market-demand/market-demand.js';
export {
  WorkLifeBalance,
  type StressLevel,
  type BalanceRating,
} from './components/work-life-balance/work-life-balance.js';
export { CareerElement } from './base/career-element.js';
export { RoleSourceElement } from './base/role-source-element.js';
export type { RoleState, RoleLoadError, RoleErrorKind, RoleSourceKind } from './base/role-state.js';
export { CareerGuide } from './components/career-guide/career-guide.js';
export { GUIDE_SECTIONS, type GuideSection } from './components/career-guide/guide-sections.js';
