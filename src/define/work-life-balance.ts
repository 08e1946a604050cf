import { defineElement } from '../base/define.js';
import { WorkLifeBalance } from '../components/work-life-balance/work-life-balance.js';

defineElement('work-life-balance', WorkLifeBalance);

export { WorkLifeBalance };

declare global {
  interface HTMLElementTagNameMap {
    'work-life-balance': WorkLifeBalance;
  }
}
