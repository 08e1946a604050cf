import { defineElement } from '../base/define.js';
import { MarketDemand } from '../components/market-demand/market-demand.js';

defineElement('market-demand', MarketDemand);

export { MarketDemand };

declare global {
  interface HTMLElementTagNameMap {
    'market-demand': MarketDemand;
  }
}
