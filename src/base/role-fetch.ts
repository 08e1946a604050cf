/**
 * Fetches a role document for `src`: one request with no credentials, a timeout, a size limit,
 * and a plain account of every way it can fail. Loaded only by pages that use `src`; the
 * caller validates what it returns.
 */
import type { RoleLoadError } from './role-state.js';

/** Role documents above this size are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The parsed JSON, not yet validated, or why there is none. */
export type Fetched = { value: unknown } | { error: RoleLoadError };

export async function fetchRoleDocument(url: string, timeoutMs: number): Promise<Fetched> {
  const fail = (error: Omit<RoleLoadError, 'subject'>): Fetched => ({ error: { ...error, subject: url } });
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
      return fail({
        kind: 'http',
        status: response.status,
        message: `${url} answered ${response.status} ${response.statusText}`.trim() + '.',
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DOCUMENT_BYTES) {
      return fail({
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
      return fail({
        kind: 'too-large',
        message: `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes, the most a role document may be.`,
      });
    }
    if (text.trim() === '') return fail({ kind: 'empty', message: `${url} answered with an empty body.` });
    try {
      return { value: JSON.parse(text) as unknown };
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
  } finally {
    clearTimeout(timer);
  }
}
