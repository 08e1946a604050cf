/**
 * What loading a role comes to: the role, or an error value. Shared by role-loader.ts and the
 * code it loads on demand (role-remote.ts).
 */
import { UnknownRoleError } from '../data/role-parts.js';
import type { Role } from '../data/schema.js';
import type { RoleLoadError } from './role-state.js';

/** How long a `src` fetch may take, unless the element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export type Loaded = { role: Role } | { error: RoleLoadError };

/**
 * Supplied objects (`roleData`) whose validation has settled, with its result, readable at
 * once: role-remote.ts fills it, and a server-rendered element reads it for its first frame.
 */
export const suppliedResults = new WeakMap<object, Loaded>();

/** Settles `work`, turning anything it throws into an error value. */
export async function settle(work: Promise<Loaded>): Promise<Loaded> {
  try {
    return await work;
  } catch (caught) {
    return {
      error:
        caught instanceof UnknownRoleError
          ? { kind: 'unknown-role', message: caught.message, subject: caught.roleId }
          : { kind: 'bundle', message: `The role data could not be loaded: ${String(caught)}` },
    };
  }
}
