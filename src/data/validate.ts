/**
 * Validation of untrusted role data. This module pulls in zod and the schema, so the browser
 * code reaches it only through a dynamic import, when a site supplies its own data.
 */
import type { z } from 'zod';
import { RoleSchema, type Role } from './schema.js';
import { formatPath, RoleDataError, type RoleIssue } from './role-data-error.js';

/** Turns zod's issues into path + message pairs; an unknown key gets the key in its path. */
export function toRoleIssues(error: z.ZodError): RoleIssue[] {
  return error.issues.flatMap((issue): RoleIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'is not a known field (check the spelling)',
      }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

/** Validates `value` as a role: the role, or a `RoleDataError` listing every problem. */
export function validateRole(value: unknown): Role | RoleDataError {
  const result = RoleSchema.safeParse(value, {
    error: (issue) => (issue.input === undefined && issue.code === 'invalid_type' ? 'is required' : undefined),
  });
  if (result.success) return result.data;
  const id =
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : undefined;
  return new RoleDataError(toRoleIssues(result.error), id);
}
