/** The React wrapper of `<role-overview>`. Using it registers `<role-overview>` alone. */
import type { EventName } from '@lit/react';
import type { CwResponsibilitiesToggleEvent } from '../components/role-overview/role-overview.events.js';
import { RoleOverview as RoleOverviewElement } from '../components/role-overview/role-overview.js';
import { roleEvents, wrap } from './wrap.js';

export const RoleOverview = /* @__PURE__ */ wrap('role-overview', RoleOverviewElement, {
  ...roleEvents,
  onCwResponsibilitiesToggle: 'cw-responsibilities-toggle' as EventName<CwResponsibilitiesToggleEvent>,
});
