import { defineElement } from '../base/define.js';
import { JobMarket } from '../components/job-market/job-market.js';

defineElement('job-market', JobMarket);

export { JobMarket };

declare global {
  interface HTMLElementTagNameMap {
    'job-market': JobMarket;
  }
}
