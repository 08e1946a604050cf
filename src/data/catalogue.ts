/**
 * The catalogue of bundled roles and the runtime API over it.
 *
 * Bundled data was validated at build time, so this module never loads zod. Each role is split
 * into small chunks (its core and one per section, see scripts/split-roles.js) that load on
 * first use, so an element downloads only what it shows. Only `parseRole()` (data a site
 * supplies) pulls in the validator, through a dynamic import.
 */
import type { Role } from './schema.js';
import { BUNDLED_ROLE_IDS, isBundledRoleId, type BundledRoleId } from './role-ids.js';
import type { RoleDataError } from './role-data-error.js';
import type { PartKey } from './role-index-types.js';
import { ROLE_INDEX } from './generated/role-index.js';

/** A bundled role as `listRoles()` lists it: enough to build a picker, without the data. */
export interface RoleSummary {
  id: BundledRoleId;
  title: string;
}

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
  return BUNDLED_ROLE_IDS.map((id) => ({ id, title: ROLE_INDEX[id]!.title }));
}

// A failed chunk download may succeed on a later attempt, so failures are not kept.
function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

const parts = new Map<string, Promise<unknown>>();
const assembled = new Map<string, Promise<Role>>();

/**
 * Resolves a bundled role with only the named parts (sections, or `summary`) besides its id,
 * title and sources: what one element needs. Parts the role lacks stay absent, and cost no
 * download. Each part loads once, however many callers ask; the same request resolves to the
 * same object. An unknown id rejects with an `UnknownRoleError` that lists the known ids.
 */
export function getRoleSections(id: string, wanted?: readonly PartKey[]): Promise<Role> {
  if (!isBundledRoleId(id)) return Promise.reject(new UnknownRoleError(id));
  const entry = ROLE_INDEX[id]!;
  const keys = wanted ? entry.sections.filter((key) => wanted.includes(key)) : entry.sections;
  return remember(assembled, `${id}|${keys.join(',')}`, async () => {
    const [core, ...values] = await Promise.all([
      remember(parts, `${id}/`, () => entry.core().then((module) => module.default)),
      ...keys.map((key) => remember(parts, `${id}/${key}`, () => entry.parts[key]!().then((module) => module.default))),
    ]);
    const role: Record<string, unknown> = { ...(core as object) };
    keys.forEach((key, i) => (role[key] = values[i]));
    return role as Role;
  });
}

/**
 * Resolves a whole bundled role by id, loading each of its chunks once. An unknown id rejects
 * with an `UnknownRoleError` that lists the known ids.
 */
export function getRole(id: string): Promise<Role> {
  return getRoleSections(id);
}

/**
 * Validates role data that a site supplies. Resolves to the role, or to a `RoleDataError` whose
 * `issues` give the path and message of every problem. The validator loads on first use.
 */
export async function parseRole(value: unknown): Promise<Role | RoleDataError> {
  const { validateRole } = await import('./validate.js');
  return validateRole(value);
}
