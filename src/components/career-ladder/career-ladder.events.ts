/**
 * The events only `<career-ladder>` fires. Like every career-widgets event, they bubble,
 * cross shadow roots and start with `cw-`.
 */
import { CW_EVENT_INIT as init } from '../../base/events.js';

export interface CwTierToggleDetail {
  /** Position of the tier on the ladder, from 0. */
  index: number;
  title: string;
  expanded: boolean;
}

/** A reader expanded or collapsed the description of a `<career-ladder>` tier. */
export class CwTierToggleEvent extends CustomEvent<CwTierToggleDetail> {
  constructor(detail: CwTierToggleDetail) {
    super('cw-tier-toggle', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-tier-toggle': CwTierToggleEvent;
  }
}
