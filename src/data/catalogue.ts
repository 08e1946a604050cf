/**
 * The catalogue of bundled roles and the runtime API over it.
 *
 * Bundled data was validated at build time, so this module never loads zod: each role's JSON
 * is its own lazily loaded chunk, and only `parseRole()` (data a site supplies) pulls in the
 * validator, through a dynamic import.
 */
import type { Role } from './schema.js';
import { BUNDLED_ROLE_IDS, isBundledRoleId, type BundledRoleId } from './role-ids.js';
import type { RoleDataError } from './role-data-error.js';

/** A bundled role as `listRoles()` lists it: enough to build a picker, without the data. */
export interface RoleSummary {
  id: BundledRoleId;
  title: string;
}

interface CatalogueEntry {
  title: string;
  load: () => Promise<{ default: unknown }>;
}

// Titles are repeated here so listing roles costs no data download; a test keeps them equal to
// the data files.
const CATALOGUE: Record<BundledRoleId, CatalogueEntry> = {
  'security-technician': {
    title: 'Security Technician',
    load: () => import('../../data/roles/security-technician.json'),
  },
  'security-systems-technician': {
    title: 'Security Systems Technician',
    load: () => import('../../data/roles/security-systems-technician.json'),
  },
  'security-engineer': {
    title: 'Security Engineer',
    load: () => import('../../data/roles/security-engineer.json'),
  },
};

/** Rejects `getRole()` for an id that is not bundled. */
export class UnknownRoleError extends Error {
  override name = 'UnknownRoleError';
  /** The ids that `getRole()` does know. */
  readonly knownIds: readonly string[] = BUNDLED_ROLE_IDS;

  constructor(readonly roleId: string) {
    super(`Unknown role "${roleId}". Known roles: ${BUNDLED_ROLE_IDS.join(', ')}.`);
  }
}

/** Lists the bundled roles, ids and titles only, without loading their data. */
export function listRoles(): RoleSummary[] {
  return BUNDLED_ROLE_IDS.map((id) => ({ id, title: CATALOGUE[id].title }));
}

const loaded = new Map<BundledRoleId, Promise<Role>>();

/**
 * Resolves a bundled role by id. Each role loads once, as its own chunk, however many callers
 * ask for it. An unknown id rejects with an `UnknownRoleError` that lists the known ids.
 */
export function getRole(id: string): Promise<Role> {
  if (!isBundledRoleId(id)) return Promise.reject(new UnknownRoleError(id));
  let role = loaded.get(id);
  if (!role) {
    role = CATALOGUE[id].load().then((module) => module.default as Role);
    // A failed chunk download may succeed on a later attempt, so failures are not kept.
    role.catch(() => loaded.delete(id));
    loaded.set(id, role);
  }
  return role;
}

/**
 * Validates role data that a site supplies. Resolves to the role, or to a `RoleDataError` whose
 * `issues` give the path and message of every problem. The validator loads on first use.
 */
export async function parseRole(value: unknown): Promise<Role | RoleDataError> {
  const { validateRole } = await import('./validate.js');
  return validateRole(value);
}
