/**
 * The state of an element's role, from choosing a source to showing data or an error. One type
 * serves every element and the `<career-role>` provider, which hands its state down unchanged.
 */
import type { Role } from '../data/schema.js';
import type { RoleIssue } from '../data/role-data-error.js';

/** Where an element's role comes from, in priority order. */
export type RoleSourceKind = 'role-data' | 'role-id' | 'src' | 'context';

/** Why a role could not be shown. The element turns each into a plain-words message. */
export type RoleErrorKind =
  'invalid-data' | 'unknown-role' | 'http' | 'network' | 'timeout' | 'not-json' | 'empty' | 'too-large' | 'bundle';

export interface RoleLoadError {
  kind: RoleErrorKind;
  /** For developers: what went wrong, naming the role, URL or path. English, not translated. */
  message: string;
  /** For `invalid-data`: every problem with its path. */
  issues?: readonly RoleIssue[];
  /** The role id or URL the error concerns. */
  subject?: string;
  /** For `http`: the status code. */
  status?: number;
}

export type RoleState =
  /** No role-id, src or roleData, and no `<career-role>` ancestor (yet). */
  | { status: 'unset' }
  | { status: 'loading'; source: RoleSourceKind }
  | { status: 'ready'; source: RoleSourceKind; role: Role }
  | { status: 'error'; source: RoleSourceKind; error: RoleLoadError };
