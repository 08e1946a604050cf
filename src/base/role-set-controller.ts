/**
 * Several roles for one element, for `<role-compare>`, which shows two to four side by side. A
 * single role's controller (role-controller.ts) follows one source; this one loads a list, each
 * member the way a single role loads (role-loader.ts: a bundled id with only the parts shown,
 * supplied data validated once per object, a URL fetched once however many elements name it),
 * keeps every member's state in the list's order, and tells the element once the whole set has
 * settled, after it has rendered the result. Nothing here throws into the page: a member that
 * fails holds its error, and the others are shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Part } from '../data/role-index-types.js';
import type { Role } from '../data/schema.js';
import { loadBundled, loadRemote, settledNow } from './role-loader.js';
import type { Loaded } from './role-result.js';
import type { RoleLoadError, RoleSourceKind } from './role-state.js';

/** Where a set of roles comes from: every source but a `<career-role>`. */
export type RoleSetSource = Exclude<RoleSourceKind, 'context'>;

/** The roles an element asks for: bundled ids, supplied objects or URLs, in the page's order. */
export type RoleSetRequest =
  | { kind: 'role-id'; values: readonly string[] }
  | { kind: 'role-data'; values: readonly unknown[] }
  | { kind: 'src'; values: readonly string[]; timeout: unknown };

/** One role of the set, as it stands. */
export type RoleSetMember =
  | { status: 'loading' }
  | { status: 'ready'; role: Role }
  | { status: 'error'; error: RoleLoadError };

/** A set whose every member has its role or its error. */
export interface SettledRoleSet {
  status: 'settled';
  source: RoleSetSource;
  members: readonly RoleSetMember[];
}

export type RoleSetState =
  /** No role asked for. */
  | { status: 'unset' }
  /** While any member loads. */
  | { status: 'loading'; source: RoleSetSource; members: readonly RoleSetMember[] }
  | SettledRoleSet;

export class RoleSetController implements ReactiveController {
  /** What the element should show now. */
  state: RoleSetState = { status: 'unset' };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #request: () => RoleSetRequest | undefined;
  readonly #partsOf: () => readonly Part[];
  readonly #onSettled: (state: SettledRoleSet) => void;
  /** What the current state was loaded for: the request, and for bundled roles the parts. */
  #loadedFor: { request: RoleSetRequest | undefined; parts: string } = { request: undefined, parts: '' };
  #generation = 0;
  #pendingSettle = false;

  /**
   * @param request The roles the element asks for now, or undefined for none.
   * @param partsOf The parts of a bundled role the element shows; a bundled role loads only those.
   * @param onSettled Called after the element has rendered a set that has just settled: the
   *   element announces it (`cw-load`, `cw-error`).
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    request: () => RoleSetRequest | undefined,
    partsOf: () => readonly Part[],
    onSettled: (state: SettledRoleSet) => void,
  ) {
    this.#host = host;
    this.#request = request;
    this.#partsOf = partsOf;
    this.#onSettled = onSettled;
    host.addController(this);
  }

  /** Chooses the roles for the coming update; the element calls it from `willUpdate` (which runs on a server too). */
  choose(): void {
    this.#sync(false);
  }

  /** Loads every member again, bypassing cached results; for example after a failed `src` request. */
  reload(): void {
    this.#sync(true);
    this.#host.requestUpdate();
  }

  /**
   * Settles once every bundled role (`role-id`) or supplied object (`role-data`) the element would
   * show now has loaded or failed: a server renders the element after it. (A server does not
   * fetch a `src`.)
   */
  async settled(): Promise<void> {
    const request = this.#request();
    if (request?.kind === 'role-id' || request?.kind === 'role-data') {
      await Promise.all(this.#loads(request, false));
    }
  }

  hostUpdated(): void {
    if (this.#pendingSettle && this.state.status === 'settled') {
      this.#pendingSettle = false;
      this.#onSettled(this.state);
    }
  }

  #sync(fresh: boolean): void {
    const request = this.#request();
    const parts = request?.kind === 'role-id' ? partsKey(this.#partsOf()) : '';
    if (!fresh && sameRequest(request, this.#loadedFor.request) && parts === this.#loadedFor.parts) return;
    this.#loadedFor = { request, parts };
    const generation = ++this.#generation;
    if (!request || request.values.length === 0) {
      this.#set({ status: 'unset' });
      return;
    }
    const source = request.kind;
    // Roles already settled (the same ones in another element, or awaited by `settled()`) show at once.
    const members: RoleSetMember[] = request.values.map((value) => {
      const known =
        !fresh && request.kind !== 'src' ? settledNow(request.kind, value, this.#partsOf()) : undefined;
      return known ? memberOf(known) : { status: 'loading' };
    });
    this.#set(stateOf(source, members));
    this.#loads(request, fresh).forEach((work, i) => {
      if (!isLoading(members[i]!)) return;
      void work.then((loaded) => {
        const state = this.state;
        if (generation !== this.#generation || state.status === 'unset') return; // newer roles replaced these
        const next = state.members.map((member, j) => (j === i ? memberOf(loaded) : member));
        this.#set(stateOf(source, next));
        this.#host.requestUpdate();
      });
    });
  }

  #loads(request: RoleSetRequest, fresh: boolean): Promise<Loaded>[] {
    const parts = this.#partsOf();
    switch (request.kind) {
      case 'role-id':
        return request.values.map((id) => loadBundled(id, parts));
      case 'role-data':
        return request.values.map((value) => loadRemote('role-data', value, undefined, fresh));
      case 'src':
        return request.values.map((url) => loadRemote('src', url, request.timeout, fresh));
    }
  }

  #set(state: RoleSetState): void {
    this.state = state;
    if (state.status === 'settled') this.#pendingSettle = true;
  }
}

function stateOf(source: RoleSetSource, members: readonly RoleSetMember[]): RoleSetState {
  return { status: members.some(isLoading) ? 'loading' : 'settled', source, members };
}

function isLoading(member: RoleSetMember): boolean {
  return member.status === 'loading';
}

function memberOf(loaded: Loaded): RoleSetMember {
  return 'role' in loaded ? { status: 'ready', role: loaded.role } : { status: 'error', error: loaded.error };
}

function partsKey(parts: readonly Part[]): string {
  return parts.map((part) => part.key).join(',');
}

/** The same roles from the same source: values compared as Lit compares properties (NaN is NaN). */
function sameRequest(a: RoleSetRequest | undefined, b: RoleSetRequest | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.kind === b.kind &&
    a.values.length === b.values.length &&
    a.values.every((value, i) => Object.is(value, b.values[i])) &&
    (a.kind !== 'src' || b.kind !== 'src' || Object.is(a.timeout, b.timeout))
  );
}
