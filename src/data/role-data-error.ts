/**
 * The error for role data that fails validation. Free of zod, so the browser code can check
 * `instanceof RoleDataError` without loading the validator.
 */

/** One problem found in role data: where it is and what is wrong. */
export interface RoleIssue {
  /** Dotted path to the field, e.g. `salary.levels.entry`; empty for the document itself. */
  path: string;
  message: string;
}

/** Thrown or returned when role data does not match the role schema. */
export class RoleDataError extends Error {
  override name = 'RoleDataError';
  /** Every problem found, each with its path. */
  readonly issues: readonly RoleIssue[];
  /** The id of the role, where the data names one. */
  readonly roleId: string | undefined;

  constructor(issues: readonly RoleIssue[], roleId?: string) {
    const where = roleId ? `Role "${roleId}"` : 'Role data';
    const first = issues[0];
    const summary = first ? `${first.path || '(root)'}: ${first.message}` : 'unknown problem';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${where} is invalid: ${summary}${more}`);
    this.issues = issues;
    this.roleId = roleId;
  }
}

/** Writes a path as `salary.levels.entry`, or `(root)` for the document itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
