/**
 * Roles that do not come bundled: an object a site supplies, or a document at a URL. This code
 * and the validator load on first use, so pages that show only bundled roles never download
 * them. Loads are shared: one fetch per URL and one validation per object, however many
 * elements ask. Failures are never cached, so `reload()` and later elements retry.
 */
import { parseRole } from '../data/parse-role.js';
import { RoleDataError } from '../data/role-data-error.js';
import { fetchRoleDocument } from './role-fetch.js';
import { DEFAULT_TIMEOUT_MS, settle, suppliedResults, type Loaded } from './role-result.js';
import type { RoleLoadError } from './role-state.js';

/** Validated data, or the reason there is none, naming `subject` (the URL, else the role id). */
async function validated(value: unknown, subject?: string): Promise<Loaded> {
  const result = await parseRole(value);
  if (!(result instanceof RoleDataError)) return { role: result };
  const error: RoleLoadError = {
    kind: 'invalid-data',
    message: result.message,
    issues: result.issues,
    subject: subject ?? result.roleId,
  };
  return { error };
}

const validations = new WeakMap<object, Promise<Loaded>>();

/** A role a site supplies (`role-data`) or names by URL (`src`), as role-loader.ts describes. */
export function loadRemote(kind: 'role-data' | 'src', value: unknown, timeout: unknown, fresh: boolean): Promise<Loaded> {
  if (kind === 'role-data') return loadSupplied(value, fresh);
  const ms = typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
  return loadFromUrl(String(value), ms, fresh);
}

/**
 * Role data a site supplies as an object: validated once per object. `fresh` validates a copy,
 * defeating the cache, so a reload checks the data as it is now.
 */
function loadSupplied(value: unknown, fresh: boolean): Promise<Loaded> {
  if (typeof value !== 'object' || value === null) return settle(validated(value));
  const data = fresh ? copyOf(value) : value;
  let result = validations.get(data);
  if (!result) {
    result = settle(validated(data));
    validations.set(data, result);
    void result.then((loaded) => suppliedResults.set(data, loaded));
  }
  return result;
}

function copyOf(value: object): object {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

const fetches = new Map<string, Promise<Loaded>>();

/**
 * A role from a URL, resolved against the page. Elements that name the same URL share one
 * fetch and one validation; a failure is forgotten once it settles.
 */
function loadFromUrl(src: string, timeoutMs: number, fresh: boolean): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve({ error: { kind: 'network', message: `"${src}" is not a valid URL.`, subject: src } });
  }
  if (fresh) fetches.delete(url);
  let result = fetches.get(url);
  if (!result) {
    result = settle(
      fetchRoleDocument(url, timeoutMs).then((fetched) => ('error' in fetched ? fetched : validated(fetched.value, url))),
    );
    fetches.set(url, result);
    void result.then((loaded) => {
      if ('error' in loaded && fetches.get(url) === result) fetches.delete(url);
    });
  }
  return result;
}
