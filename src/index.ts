/**
 * career-widgets: importing this module defines every element and exposes the runtime API.
 * For the classes without registering any tag, import `career-widgets/elements`.
 */
import './define/career-role.js';
import './define/salary-band.js';
import './define/career-ladder.js';
import './define/skill-map.js';
import './define/role-faq.js';
import './define/education-path.js';
import './define/tech-stack.js';
import './define/job-market.js';
import './define/related-roles.js';
import './define/day-in-the-life.js';
import './define/pros-cons.js';
import './define/case-studies.js';
import './define/career-advice.js';
import './define/role-overview.js';
import './define/market-demand.js';
import './define/work-life-balance.js';
import './define/career-guide.js';

export * from './data/index.js';
export * from './elements.js';
export * from './base/events.js';
export * from './components/role-faq/role-faq.events.js';
export * from './components/career-ladder/career-ladder.events.js';
export * from './components/related-roles/related-roles.events.js';
export * from './components/role-overview/role-overview.events.js';
export { VERSION } from './version.js';
