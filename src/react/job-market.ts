/** The React wrapper of `<job-market>`. Using it registers `<job-market>` alone. */
import { JobMarket as JobMarketElement } from '../components/job-market/job-market.js';
import { roleEvents, wrap } from './wrap.js';

export const JobMarket = /* @__PURE__ */ wrap('job-market', JobMarketElement, roleEvents);
