/**
 * Loads bundled roles part by part. Each role is split into small files (see
 * scripts/vite-plugin.js) that load on first use, and an element names the parts it shows, so it
 * downloads only those. Bundled data was validated at build time, so nothing here loads zod.
 */
import type { Role } from './schema.js';
import { BUNDLED_ROLE_IDS, isBundledRoleId } from './role-ids.js';
import { partKey, type Part } from './role-index-types.js';
import { assembleRole, presentParts } from './role-files.js';
import { remember } from './remember.js';

/** Rejects a request for a role id that is not bundled. */
export class UnknownRoleError extends Error {
  override name = 'UnknownRoleError';
  /** The ids that are bundled. */
  readonly knownIds: readonly string[] = BUNDLED_ROLE_IDS;

  constructor(readonly roleId: string) {
    super(`Unknown role "${roleId}". Known roles: ${BUNDLED_ROLE_IDS.join(', ')}.`);
  }
}

const assembled = new Map<string, Promise<Role>>();
/** The roles of `assembled` that have arrived, for callers that cannot wait (see `loadedRoleParts`). */
const arrived = new Map<string, Role>();

function keyOf(id: string, parts: readonly Part[]): string {
  return `${id}|${presentParts(id, parts).map(partKey).sort().join(',')}`;
}

/**
 * Resolves a bundled role with only `parts` besides its id, title and sources. Parts the role
 * lacks stay absent. Each file loads once, however many callers ask, and requests for the same
 * parts (of those the role has) resolve to the same object; a failed
 * request is forgotten, so a later one tries again.
 * An unknown id rejects with an `UnknownRoleError` that lists the known ids.
 */
export function loadRoleParts(id: string, parts: readonly Part[]): Promise<Role> {
  if (!isBundledRoleId(id)) return Promise.reject(new UnknownRoleError(id));
  const key = keyOf(id, parts);
  return remember(assembled, key, () =>
    assembleRole(id, parts).then((role) => {
      arrived.set(key, role);
      return role;
    }),
  );
}

/**
 * The role `loadRoleParts(id, parts)` resolves to, if it has already arrived: the same object,
 * now. A server-rendered element renders its first frame with it, as the server did.
 */
export function loadedRoleParts(id: string, parts: readonly Part[]): Role | undefined {
  return isBundledRoleId(id) ? arrived.get(keyOf(id, parts)) : undefined;
}
