/** The React wrapper of `<career-ladder>`. Using it registers `<career-ladder>` alone. */
import type { EventName } from '@lit/react';
import type { CwTierToggleEvent } from '../components/career-ladder/career-ladder.events.js';
import { CareerLadder as CareerLadderElement } from '../components/career-ladder/career-ladder.js';
import { roleEvents, wrap } from './wrap.js';

export const CareerLadder = /* @__PURE__ */ wrap('career-ladder', CareerLadderElement, {
  ...roleEvents,
  onCwTierToggle: 'cw-tier-toggle' as EventName<CwTierToggleEvent>,
});
