/**
 * The events only `<role-compare>` fires. Like every career-widgets event, they bubble, cross
 * shadow roots and start with `cw-`.
 */
import { CW_EVENT_INIT as init } from '../../base/events.js';
import type { RowKey } from './compare-data.js';

export interface CwCompareRowToggleDetail {
  /** The row, as `rows` names it: `education`, `certifications` or `skills`. */
  row: RowKey;
  /** True when the row now shows everything, false when it is back to its first entries. */
  expanded: boolean;
}

/** A reader expanded or collapsed a row of a `<role-compare>`, in every role at once. */
export class CwCompareRowToggleEvent extends CustomEvent<CwCompareRowToggleDetail> {
  constructor(detail: CwCompareRowToggleDetail) {
    super('cw-compare-row-toggle', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-compare-row-toggle': CwCompareRowToggleEvent;
  }
}
