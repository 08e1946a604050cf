import { defineElement } from '../base/define.js';
import { RoleOverview } from '../components/role-overview/role-overview.js';

defineElement('role-overview', RoleOverview);

export { RoleOverview };

declare global {
  interface HTMLElementTagNameMap {
    'role-overview': RoleOverview;
  }
}
