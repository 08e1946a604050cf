/**
 * The events only `<related-roles>` fires. Like every career-widgets event, they bubble,
 * cross shadow roots and start with `cw-`.
 */
import { CW_EVENT_INIT as init } from '../../base/events.js';

export interface CwRelatedRoleSelectDetail {
  /** The id of the related role the reader chose. */
  roleId: string;
  /** The link's address, as built from `href-template` (relative when the template is). */
  href: string;
}

/** A reader followed the link to a related role in a `<related-roles>`. */
export class CwRelatedRoleSelectEvent extends CustomEvent<CwRelatedRoleSelectDetail> {
  constructor(detail: CwRelatedRoleSelectDetail) {
    super('cw-related-role-select', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-related-role-select': CwRelatedRoleSelectEvent;
  }
}
