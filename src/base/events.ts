/**
 * The events every element fires, `cw-load` and `cw-error`. Every career-widgets event bubbles,
 * crosses shadow roots and starts with `cw-`, so a host page can listen once on `document` for
 * analytics. The events of single elements live beside them, in `<tag>.events.ts`.
 */
import type { RoleIssue } from '../data/role-data-error.js';
import type { RoleErrorKind, RoleSourceKind } from './role-state.js';

/** How every career-widgets event is dispatched: bubbling, and out of shadow roots. */
export const CW_EVENT_INIT = { bubbles: true, composed: true } as const;

export interface CwLoadDetail {
  /** The id of the role now shown. */
  roleId: string;
  title: string;
  /** How the role was chosen: `role-data`, `role-id`, `src` or `context`. */
  source: RoleSourceKind;
  /**
   * `<role-compare>` only: the id of every role it shows, in its order (`roleId` and `title` are
   * the first one's).
   */
  roleIds?: readonly string[];
}

/** The element's data is ready and shown. */
export class CwLoadEvent extends CustomEvent<CwLoadDetail> {
  constructor(detail: CwLoadDetail) {
    super('cw-load', { ...CW_EVENT_INIT, detail });
  }
}

/** What can be wrong with the roles a `<role-compare>` is given, besides each role's own failure. */
export type ComparisonProblemKind = 'too-few-roles' | 'too-many-roles' | 'duplicate-role';

export interface CwErrorDetail {
  /** What went wrong, for developers and logs. */
  message: string;
  /**
   * The kind of failure; `invalid-attribute` when the role is fine but an attribute is not. A
   * `<role-compare>` also reports `too-few-roles`, `too-many-roles` and `duplicate-role`.
   */
  kind: RoleErrorKind | 'invalid-attribute' | ComparisonProblemKind;
  /** How the role was chosen, for failures to load it. */
  source?: RoleSourceKind;
  /** For invalid data: every problem, with its path. */
  issues?: readonly RoleIssue[];
  /** For `invalid-attribute`: the attribute's name. */
  attribute?: string;
}

/** The element could not show its role; it shows an error message instead. */
export class CwErrorEvent extends CustomEvent<CwErrorDetail> {
  constructor(detail: CwErrorDetail) {
    super('cw-error', { ...CW_EVENT_INIT, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-load': CwLoadEvent;
    'cw-error': CwErrorEvent;
  }
}
