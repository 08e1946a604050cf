/** The React wrapper of `<market-demand>`. Using it registers `<market-demand>` alone. */
import { MarketDemand as MarketDemandElement } from '../components/market-demand/market-demand.js';
import { roleEvents, wrap } from './wrap.js';

export const MarketDemand = /* @__PURE__ */ wrap('market-demand', MarketDemandElement, roleEvents);
