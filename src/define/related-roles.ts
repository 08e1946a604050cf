import { defineElement } from '../base/define.js';
import { RelatedRoles } from '../components/related-roles/related-roles.js';

defineElement('related-roles', RelatedRoles);

export { RelatedRoles };

declare global {
  interface HTMLElementTagNameMap {
    'related-roles': RelatedRoles;
  }
}
