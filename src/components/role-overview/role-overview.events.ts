/**
 * The events only `<role-overview>` fires. Like every career-widgets event, they bubble,
 * cross shadow roots and start with `cw-`.
 */
import { CW_EVENT_INIT as init } from '../../base/events.js';

export interface CwResponsibilitiesToggleDetail {
  /** True when every responsibility is now shown. */
  expanded: boolean;
  /** How many responsibilities the role lists. */
  total: number;
}

/** A reader showed every responsibility of a `<role-overview>`, or went back to the first few. */
export class CwResponsibilitiesToggleEvent extends CustomEvent<CwResponsibilitiesToggleDetail> {
  constructor(detail: CwResponsibilitiesToggleDetail) {
    super('cw-responsibilities-toggle', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-responsibilities-toggle': CwResponsibilitiesToggleEvent;
  }
}
