import { defineElement } from '../base/define.js';
import { RoleFaq } from '../components/role-faq/role-faq.js';

defineElement('role-faq', RoleFaq);

export { RoleFaq };

declare global {
  interface HTMLElementTagNameMap {
    'role-faq': RoleFaq;
  }
}
