/**
 * React wrappers for every element, made with @lit/react: properties such as `roleData` pass
 * through as properties, and the `cw-` events become typed props (`onCwLoad`, `onCwError`, …).
 * Using a wrapper registers its element; a bundle keeps only the wrappers an app uses. To import
 * one wrapper alone, use `career-widgets/react/<tag>.js`.
 *
 *   import { SalaryBand } from 'career-widgets/react';
 *   <SalaryBand roleId="security-technician" offerMin={50000} onCwLoad={(e) => track(e.detail)} />
 */
export { CareerAdvice } from './react/career-advice.js';
export { CareerGuide } from './react/career-guide.js';
export { CareerLadder } from './react/career-ladder.js';
export { CareerRole } from './react/career-role.js';
export { CaseStudies } from './react/case-studies.js';
export { DayInTheLife } from './react/day-in-the-life.js';
export { EducationPath } from './react/education-path.js';
export { JobMarket } from './react/job-market.js';
export { MarketDemand } from './react/market-demand.js';
export { ProsCons } from './react/pros-cons.js';
export { RelatedRoles } from './react/related-roles.js';
export { RoleFaq } from './react/role-faq.js';
export { RoleOverview } from './react/role-overview.js';
export { SalaryBand } from './react/salary-band.js';
export { SkillMap } from './react/skill-map.js';
export { TechStack } from './react/tech-stack.js';
export { WorkLifeBalance } from './react/work-life-balance.js';
