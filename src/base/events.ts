/**
 * The events career-widgets fires. Every one bubbles, crosses shadow roots and starts with
 * `cw-`, so a host page can listen once on `document` for analytics.
 */
import type { RoleIssue } from '../data/role-data-error.js';
import type { RoleErrorKind, RoleSourceKind } from './role-state.js';

const init = { bubbles: true, composed: true } as const;

export interface CwLoadDetail {
  /** The id of the role now shown. */
  roleId: string;
  title: string;
  /** How the role was chosen: `role-data`, `role-id`, `src` or `context`. */
  source: RoleSourceKind;
}

/** The element's data is ready and shown. */
export class CwLoadEvent extends CustomEvent<CwLoadDetail> {
  constructor(detail: CwLoadDetail) {
    super('cw-load', { ...init, detail });
  }
}

export interface CwErrorDetail {
  /** What went wrong, for developers and logs. */
  message: string;
  /** The kind of failure; `invalid-attribute` when the role is fine but an attribute is not. */
  kind: RoleErrorKind | 'invalid-attribute';
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
    super('cw-error', { ...init, detail });
  }
}

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
    'cw-related-role-select': CwRelatedRoleSelectEvent;
    'cw-load': CwLoadEvent;
    'cw-error': CwErrorEvent;
    'cw-faq-toggle': CwFaqToggleEvent;
    'cw-faq-search': CwFaqSearchEvent;
    'cw-tier-toggle': CwTierToggleEvent;
  }
}
