/** The React wrapper of `<related-roles>`. Using it registers `<related-roles>` alone. */
import type { EventName } from '@lit/react';
import type { CwRelatedRoleSelectEvent } from '../components/related-roles/related-roles.events.js';
import { RelatedRoles as RelatedRolesElement } from '../components/related-roles/related-roles.js';
import { roleEvents, wrap } from './wrap.js';

export const RelatedRoles = /* @__PURE__ */ wrap('related-roles', RelatedRolesElement, {
  ...roleEvents,
  onCwRelatedRoleSelect: 'cw-related-role-select' as EventName<CwRelatedRoleSelectEvent>,
});
