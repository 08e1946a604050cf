import { defineElement } from '../base/define.js';
import { CareerRole } from '../components/career-role/career-role.js';

defineElement('career-role', CareerRole);

export { CareerRole };

declare global {
  interface HTMLElementTagNameMap {
    'career-role': CareerRole;
  }
}
