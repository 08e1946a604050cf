import { defineElement } from '../base/define.js';
import { CareerGuide } from '../components/career-guide/career-guide.js';
// The guide renders every section element, so it defines them all.
import './role-overview.js';
import './market-demand.js';
import './salary-band.js';
import './career-ladder.js';
import './skill-map.js';
import './education-path.js';
import './tech-stack.js';
import './day-in-the-life.js';
import './work-life-balance.js';
import './pros-cons.js';
import './job-market.js';
import './career-advice.js';
import './case-studies.js';
import './related-roles.js';
import './role-faq.js';

defineElement('career-guide', CareerGuide);

export { CareerGuide };

declare global {
  interface HTMLElementTagNameMap {
    'career-guide': CareerGuide;
  }
}
