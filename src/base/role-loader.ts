/**
 * Turns each way of choosing a role into a settled result: a bundled id here, and, through
 * role-remote.ts (loaded on first use), a URL or an object a site supplies. Nothing here throws
 * into the page; every failure becomes a `RoleLoadError`.
 */
import { loadRoleParts, loadedRoleParts, UnknownRoleError } from '../data/role-parts.js';
import { isBundledRoleId } from '../data/role-ids.js';
import type { Part } from '../data/role-index-types.js';
import { onDemand } from './on-demand.js';
import { settle, suppliedResults, type Loaded } from './role-result.js';

/** A bundled role by id, with only the parts an element shows. */
export function loadBundled(id: string, parts: readonly Part[]): Promise<Loaded> {
  return settle(loadRoleParts(id, parts).then((role) => ({ role })));
}

/** The code for supplied and fetched roles, loaded by the first element that uses either. */
const loadRemoteCode = onDemand(() => import('./role-remote.js'));

/**
 * Role data a site supplies as an object (`role-data`: validated once per object, or afresh),
 * or a role from a URL (`src`, resolved against the page; elements that name the same URL share
 * one fetch, which may take `timeout` milliseconds). A failed download of the code becomes an
 * error value like any other.
 */
export function loadRemote(
  kind: 'role-data' | 'src',
  value: unknown,
  timeout: unknown,
  fresh: boolean,
): Promise<Loaded> {
  return settle(loadRemoteCode().then((module) => module.loadRemote(kind, value, timeout, fresh)));
}

/**
 * What `loadBundled` (for `role-id`) or `loadRemote` (for `role-data`) has already settled to,
 * if it has: a server-rendered element renders its first frame with it, as the server did.
 */
export function loadedNow(kind: 'role-id' | 'role-data', value: unknown, parts: readonly Part[]): Loaded | undefined {
  if (kind === 'role-id') {
    const role = loadedRoleParts(String(value), parts);
    return role && { role };
  }
  return typeof value === 'object' && value !== null ? suppliedResults.get(value) : undefined;
}

/**
 * `loadedNow`, and for an id that names no bundled role its failure at once: a comparison
 * rendered on a server shows that failure beside the roles it knows, as the browser would.
 */
export function settledNow(kind: 'role-id' | 'role-data', value: unknown, parts: readonly Part[]): Loaded | undefined {
  if (kind === 'role-id' && !isBundledRoleId(String(value))) {
    const { message, roleId } = new UnknownRoleError(String(value));
    return { error: { kind: 'unknown-role', message, subject: roleId } };
  }
  return loadedNow(kind, value, parts);
}
