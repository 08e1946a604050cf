/**
 * The events only `<role-faq>` fires. Like every career-widgets event, they bubble,
 * cross shadow roots and start with `cw-`.
 */
import { CW_EVENT_INIT as init } from '../../base/events.js';

export interface CwFaqToggleDetail {
  /** Position of the question in the role's FAQ, from 0. */
  index: number;
  question: string;
  open: boolean;
  /** The question's anchor, usable as `#anchor` in a link to it. */
  anchor: string;
}

/** A reader opened or closed one question of a `<role-faq>`. */
export class CwFaqToggleEvent extends CustomEvent<CwFaqToggleDetail> {
  constructor(detail: CwFaqToggleDetail) {
    super('cw-faq-toggle', { ...init, detail });
  }
}

export interface CwFaqSearchDetail {
  query: string;
  /** How many questions match. */
  matches: number;
}

/** A reader filtered a `<role-faq>` with its search field. */
export class CwFaqSearchEvent extends CustomEvent<CwFaqSearchDetail> {
  constructor(detail: CwFaqSearchDetail) {
    super('cw-faq-search', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-faq-toggle': CwFaqToggleEvent;
    'cw-faq-search': CwFaqSearchEvent;
  }
}
