/**
 * The catalogue of bundled roles: the runtime API for pages and apps that work with role data
 * themselves. Elements load through `role-parts.ts` instead, naming only the parts they show;
 * this module knows every part, so it suits code that wants whole roles.
 */
import type { Role } from './schema.js';
import { BUNDLED_ROLE_IDS, type BundledRoleId } from './role-ids.js';
import { partKey, type PartKey } from './role-index-types.js';
import { loadRoleParts } from './role-parts.js';
import { ALL_PARTS, ROLE_TITLES } from 'career-widgets-virtual/roles';

export { UnknownRoleError } from './role-parts.js';
export { parseRole } from './parse-role.js';

/** A bundled role as `listRoles()` lists it: enough to build a picker, without the data. */
export interface RoleSummary {
  id: BundledRoleId;
  title: string;
}

/** Lists the bundled roles, ids and titles only, without loading their data. */
export function listRoles(): RoleSummary[] {
  return BUNDLED_ROLE_IDS.map((id) => ({ id, title: ROLE_TITLES[id]! }));
}

/**
 * Resolves a bundled role with only the named parts (sections, or `summary`) besides its id,
 * title and sources: what one element needs. Parts the role lacks stay absent. Each part loads once,
 * however many callers ask; the same request resolves to the same object. An unknown id
 * rejects with an `UnknownRoleError` that lists the known ids.
 */
export function getRoleSections(id: string, wanted?: readonly PartKey[]): Promise<Role> {
  return loadRoleParts(id, wanted ? ALL_PARTS.filter((part) => wanted.includes(partKey(part))) : ALL_PARTS);
}

/**
 * Resolves a whole bundled role by id, loading each of its chunks once. An unknown id rejects
 * with an `UnknownRoleError` that lists the known ids.
 */
export function getRole(id: string): Promise<Role> {
  return getRoleSections(id);
}
