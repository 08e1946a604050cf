/** The React wrapper of `<work-life-balance>`. Using it registers `<work-life-balance>` alone. */
import { WorkLifeBalance as WorkLifeBalanceElement } from '../components/work-life-balance/work-life-balance.js';
import { roleEvents, wrap } from './wrap.js';

export const WorkLifeBalance = /* @__PURE__ */ wrap('work-life-balance', WorkLifeBalanceElement, roleEvents);
