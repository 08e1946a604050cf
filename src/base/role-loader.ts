/**
 * Turns each way of choosing a role into a settled `RoleState`: a bundled id, a URL, or an
 * object a site supplies. Loads are shared: one fetch per URL and one validation per object,
 * however many elements ask. Failures are never cached, so `reload()` and later elements retry.
 */
import { getRoleSections, parseRole, UnknownRoleError } from '../data/catalogue.js';
import type { PartKey } from '../data/role-index-types.js';
import { RoleDataError } from '../data/role-data-error.js';
import type { Role } from '../data/schema.js';
import type { RoleLoadError } from './role-state.js';

/** Role documents above this size are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
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

/** A bundled role by id, with only the parts an element shows (all of them when not given). */
export function loadBundled(id: string, parts?: readonly PartKey[]): Promise<Loaded> {
  return settle(getRoleSections(id, parts));
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
    result = settle(fetchRole(url, timeoutMs));
    fetches.set(url, result);
    void result.then((loaded) => {
      if ('error' in loaded && fetches.get(url) === result) fetches.delete(url);
    });
  }
  return result;
}

async function fetchRole(url: string, timeoutMs: number): Promise<Role> {
  const fail = (error: Omit<RoleLoadError, 'subject'>): never => {
    throw new LoadFailure({ ...error, subject: url });
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      // No cookies or credentials travel with a role request.
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { accept: 'application/json' },
      });
    } catch {
      return controller.signal.aborted
        ? fail({ kind: 'timeout', message: `${url} did not answer within ${timeoutMs / 1000} s.` })
        : fail({ kind: 'network', message: `${url} could not be reached (network error or blocked request).` });
    }
    if (!response.ok) {
      fail({
        kind: 'http',
        status: response.status,
        message: `${url} answered ${response.status} ${response.statusText}`.trim() + '.',
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DOCUMENT_BYTES) {
      fail({
        kind: 'too-large',
        message: `${url} is ${declared} bytes; role documents may be at most ${MAX_DOCUMENT_BYTES}.`,
      });
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      return controller.signal.aborted
        ? fail({ kind: 'timeout', message: `${url} did not finish within ${timeoutMs / 1000} s.` })
        : fail({ kind: 'network', message: `${url} broke off before the document was complete.` });
    }
    if (text.length > MAX_DOCUMENT_BYTES) {
      fail({
        kind: 'too-large',
        message: `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes, the most a role document may be.`,
      });
    }
    if (text.trim() === '') fail({ kind: 'empty', message: `${url} answered with an empty body.` });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const type = response.headers.get('content-type') ?? 'unknown type';
      const looksLikeHtml = /^\s*</.test(text);
      return fail({
        kind: 'not-json',
        message: looksLikeHtml
          ? `${url} answered with HTML (${type}), not JSON.`
          : `${url} is not valid JSON: ${(error as Error).message}`,
      });
    }
    return await validated(value, url);
  } finally {
    clearTimeout(timer);
  }
}
