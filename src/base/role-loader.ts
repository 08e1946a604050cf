/**
 * Turns each way of choosing a role into a settled `RoleState`: a bundled id, a URL, or an
 * object a site supplies. The code for URLs (role-fetch.ts) and the validator load on first use. Loads are shared: one fetch per URL and one validation per object,
 * however many elements ask. Failures are never cached, so `reload()` and later elements retry.
 */
import { parseRole } from '../data/parse-role.js';
import { loadRoleParts, UnknownRoleError } from '../data/role-parts.js';
import type { Part } from '../data/role-index-types.js';
import { RoleDataError } from '../data/role-data-error.js';
import type { Role } from '../data/schema.js';
import type { RoleLoadError } from './role-state.js';

/** How long a `src` fetch may take, unless the element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export type Loaded = { role: Role } | { error: RoleLoadError };

/** An error value the loader hands on, never throws into the page. */
class LoadFailure extends Error {
  constructor(readonly error: RoleLoadError) {
    super(error.message);
  }
}

function invalid(error: RoleDataError, subject?: string): RoleLoadError {
  return {
    kind: 'invalid-data',
    message: error.message,
    issues: error.issues,
    subject: subject ?? error.roleId,
  };
}

async function settle(work: Promise<Role>): Promise<Loaded> {
  try {
    return { role: await work };
  } catch (caught) {
    if (caught instanceof LoadFailure) return { error: caught.error };
    if (caught instanceof UnknownRoleError) {
      return { error: { kind: 'unknown-role', message: caught.message, subject: caught.roleId } };
    }
    return { error: { kind: 'bundle', message: `The role data could not be loaded: ${String(caught)}` } };
  }
}

async function validated(value: unknown, subject?: string): Promise<Role> {
  const result = await parseRole(value);
  if (result instanceof RoleDataError) throw new LoadFailure(invalid(result, subject));
  return result;
}

/** A bundled role by id, with only the parts an element shows. */
export function loadBundled(id: string, parts: readonly Part[]): Promise<Loaded> {
  return settle(loadRoleParts(id, parts));
}

const validations = new WeakMap<object, Promise<Loaded>>();

/** Role data a site supplies as an object: validated once per object. */
export function loadSupplied(value: unknown): Promise<Loaded> {
  if (typeof value !== 'object' || value === null) return settle(validated(value));
  let result = validations.get(value);
  if (!result) {
    result = settle(validated(value));
    validations.set(value, result);
  }
  return result;
}

const fetches = new Map<string, Promise<Loaded>>();

/**
 * A role from a URL, resolved against the page. Elements that name the same URL share one
 * fetch and one validation; a failure is forgotten once it settles.
 */
export function loadFromUrl(src: string, timeoutMs = DEFAULT_TIMEOUT_MS, fresh = false): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve({ error: { kind: 'network', message: `"${src}" is not a valid URL.`, subject: src } });
  }
  if (fresh) fetches.delete(url);
  let result = fetches.get(url);
  if (!result) {
    // The fetch code loads only for pages that use `src`.
    result = settle(
      import('./role-fetch.js')
        .then(({ fetchRoleDocument }) => fetchRoleDocument(url, timeoutMs))
        .then((fetched) => {
          if ('error' in fetched) throw new LoadFailure(fetched.error);
          return validated(fetched.value, url);
        }),
    );
    fetches.set(url, result);
    void result.then((loaded) => {
      if ('error' in loaded && fetches.get(url) === result) fetches.delete(url);
    });
  }
  return result;
}
