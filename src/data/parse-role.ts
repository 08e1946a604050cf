import type { RoleDataError } from './role-data-error.js';
import type { Role } from './schema.js';

/**
 * Validates role data that a site supplies. Resolves to the role, or to a `RoleDataError` whose
 * `issues` give the path and message of every problem. The validator (zod) loads on first use,
 * so pages that show only bundled roles never download it.
 */
export async function parseRole(value: unknown): Promise<Role | RoleDataError> {
  const { validateRole } = await import('./validate.js');
  return validateRole(value);
}
