/**
 * Loads bundled roles part by part. Each role is split into small chunks (its core and one per
 * section, see scripts/split-roles.js) that load on first use, and an element names the parts
 * it shows, so it downloads only those. Bundled data was validated at build time, so nothing
 * here loads zod.
 */
import type { Role } from './schema.js';
import { BUNDLED_ROLE_IDS, isBundledRoleId } from './role-ids.js';
import type { Part } from './role-index-types.js';
import { core } from './generated/parts/core.js';

/** Rejects a request for a role id that is not bundled. */
export class UnknownRoleError extends Error {
  override name = 'UnknownRoleError';
  /** The ids that are bundled. */
  readonly knownIds: readonly string[] = BUNDLED_ROLE_IDS;

  constructor(readonly roleId: string) {
    super(`Unknown role "${roleId}". Known roles: ${BUNDLED_ROLE_IDS.join(', ')}.`);
  }
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

const modules = new Map<string, Promise<unknown>>();
const assembled = new Map<string, Promise<Role>>();

function loadModule(id: string, key: string, roles: Part['roles']): Promise<unknown> {
  return remember(modules, `${id}/${key}`, () => roles[id]!().then((module) => module.default));
}

/**
 * Resolves a bundled role with only `parts` besides its id, title and sources. Parts the role
 * lacks stay absent and cost no download. Each part loads once, however many callers ask, and
 * the same request resolves to the same object. An unknown id rejects with an
 * `UnknownRoleError` that lists the known ids.
 */
export function loadRoleParts(id: string, parts: readonly Part[]): Promise<Role> {
  if (!isBundledRoleId(id) || !Object.hasOwn(core.roles, id)) return Promise.reject(new UnknownRoleError(id));
  const present = parts.filter((part) => Object.hasOwn(part.roles, id));
  const keys = present.map((part) => part.key).sort();
  return remember(assembled, `${id}|${keys.join(',')}`, async () => {
    const [base, ...values] = await Promise.all([
      loadModule(id, '', core.roles),
      ...present.map((part) => loadModule(id, part.key, part.roles)),
    ]);
    const role: Record<string, unknown> = { ...(base as object) };
    present.forEach((part, i) => (role[part.key] = values[i]));
    return role as Role;
  });
}
