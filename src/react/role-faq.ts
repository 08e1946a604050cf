/** The React wrapper of `<role-faq>`. Using it registers `<role-faq>` alone. */
import type { EventName } from '@lit/react';
import type { CwFaqSearchEvent, CwFaqToggleEvent } from '../components/role-faq/role-faq.events.js';
import { RoleFaq as RoleFaqElement } from '../components/role-faq/role-faq.js';
import { roleEvents, wrap } from './wrap.js';

export const RoleFaq = /* @__PURE__ */ wrap('role-faq', RoleFaqElement, {
  ...roleEvents,
  onCwFaqToggle: 'cw-faq-toggle' as EventName<CwFaqToggleEvent>,
  onCwFaqSearch: 'cw-faq-search' as EventName<CwFaqSearchEvent>,
});
