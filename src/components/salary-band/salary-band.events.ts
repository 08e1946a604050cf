/**
 * The events only `<salary-band>` fires. Like every career-widgets event, they bubble, cross
 * shadow roots and start with `cw-`.
 */
import { CW_EVENT_INIT as init } from '../../base/events.js';

export interface CwLocationChangeDetail {
  /** The chosen area's code in the role's data (`"US-CO"`), or `null` for the national band. */
  code: string | null;
}

/** A reader chose another area in a `<salary-band>`'s list of areas. */
export class CwLocationChangeEvent extends CustomEvent<CwLocationChangeDetail> {
  constructor(detail: CwLocationChangeDetail) {
    super('cw-location-change', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-location-change': CwLocationChangeEvent;
  }
}
