/**
 * A reactive controller that gives any element its role. It picks the source in priority order
 * (the `roleData` property, the `role-id` attribute, the `src` attribute, then the nearest
 * `<career-role>`), loads it, and keeps `state` current as any of them changes. When a load
 * settles it fires `cw-load` or `cw-error` after the element has rendered the result, and
 * warns in the console with the role and the path of each problem.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoleInput } from '../data/schema.js';
import type { Part } from '../data/role-index-types.js';
import { CwErrorEvent, CwLoadEvent } from './events.js';
import { loadBundled, loadRemote, loadedNow } from './role-loader.js';
import type { Loaded } from './role-result.js';
import { warn } from './warn.js';
import type { RoleLoadError, RoleSourceKind, RoleState } from './role-state.js';
import { onDemand } from './on-demand.js';

export interface RoleHost extends ReactiveControllerHost, HTMLElement {
  roleData?: RoleInput | undefined;
  roleId?: string | undefined;
  src?: string | undefined;
  timeout?: number | undefined;
  /** The role of the element that rendered this one (a `<career-guide>` section's). */
  inheritedRole?: RoleState | undefined;
  /** What the element is showing. */
  readonly state: RoleState['status'];
}

type Request =
  /** No role of its own; `value` tells whether the element has yet asked a `<career-role>` for one. */
  | { kind: 'none'; value: boolean }
  | { kind: 'role-data'; value: object | unknown }
  | { kind: 'role-id'; value: string }
  | { kind: 'src'; value: string }
  | { kind: 'context'; value: RoleState };

/** The context consumer, loaded the first time an element has no role of its own. */
const loadConsumer = onDemand(() => import('./role-context-consumer.js'));

export class RoleController implements ReactiveController {
  /** What the element should show now. */
  state: RoleState = { status: 'unset' };

  // Unset until the first update, which finds the element's source (or starts to subscribe).
  #request: Request = { kind: 'none', value: true };
  #generation = 0;
  #pendingEvent = false;
  #contextState: RoleState | undefined;
  /** Set once the element asks its surroundings for a role: it has subscribed, or tried to. */
  #consuming: Promise<void> | undefined;
  #consumed = false;

  /**
   * @param partsOf The parts of a bundled role the element shows; a `role-id` loads only those.
   */
  readonly #host: RoleHost;
  readonly #partsOf: () => readonly Part[];

  constructor(host: RoleHost, partsOf: () => readonly Part[]) {
    this.#host = host;
    this.#partsOf = partsOf;
    host.addController(this);
  }

  /**
   * Pending while the element, having no role of its own, subscribes to the `<career-role>`
   * around it; the host's `updateComplete` waits for it.
   */
  get subscribing(): Promise<void> | undefined {
    return this.#consumed ? undefined : this.#consuming;
  }

  /** Subscribes to the role of a `<career-role>` or `<career-guide>` around the element. */
  #consume(): void {
    const host = this.#host;
    this.#consuming = loadConsumer()
      .then(
        ({ consumeRole }) =>
          consumeRole(host, (value) => {
            this.#contextState = value;
            host.requestUpdate();
          }),
        () => undefined, // without the consumer (its download failed), the element shows that it has no role
      )
      .then(() => {
        this.#consumed = true;
        host.requestUpdate();
      });
  }

  /**
   * Chooses the role for the coming update. The element calls it from `willUpdate`, which runs
   * on the server too (where controllers' `hostUpdate` does not).
   */
  choose(): void {
    this.#sync(false);
  }

  /**
   * Settles once the bundled role (`role-id`) or supplied data (`roleData`) the element would
   * show now has loaded or failed. A server renders the element after it; a server-rendered
   * element waits for it before its first update, so that it renders, and hydrates, what the
   * server rendered instead of a loading state. (A server does not render a `src`.)
   */
  async settled(): Promise<void> {
    const next = this.#desired();
    if (next.kind === 'role-id') await loadBundled(next.value, this.#partsOf());
    else if (next.kind === 'role-data') await loadRemote('role-data', next.value, undefined, false);
  }

  hostUpdated(): void {
    if (this.#pendingEvent) {
      this.#pendingEvent = false;
      this.#announce();
    }
  }

  /** Loads the current source again, bypassing any cached result. */
  reload(): void {
    this.#sync(true);
    this.#host.requestUpdate();
  }

  #desired(): Request {
    const { roleData, roleId, src } = this.#host;
    if (roleData !== undefined && roleData !== null) return { kind: 'role-data', value: roleData };
    if (roleId) return { kind: 'role-id', value: roleId };
    if (src) return { kind: 'src', value: src };
    if (this.#host.inheritedRole) return { kind: 'context', value: this.#host.inheritedRole };
    if (this.#contextState) return { kind: 'context', value: this.#contextState };
    return { kind: 'none', value: this.#consumed };
  }

  #sync(fresh: boolean): void {
    const next = this.#desired();
    if (next.kind === 'none' && !this.#consuming) this.#consume();
    // Object.is, as Lit compares properties: NaN is the same choice as NaN, and is not loaded again.
    if (next.kind === this.#request.kind && Object.is(next.value, this.#request.value) && !fresh) return;
    this.#request = next;
    const generation = ++this.#generation;

    switch (next.kind) {
      case 'none':
        // Until the element has asked for a <career-role>'s role, it may yet get one.
        this.#set(next.value ? { status: 'unset' } : { status: 'loading', source: 'context' });
        return;
      case 'context': {
        const provided = fromContext(next.value);
        if (provided.status === 'error') this.#load('context', generation, Promise.resolve({ error: provided.error }));
        else this.#set(provided);
        return;
      }
      case 'role-id':
        this.#load('role-id', generation, loadBundled(next.value, this.#partsOf()), fresh);
        return;
      case 'role-data':
        this.#load('role-data', generation, loadRemote('role-data', next.value, undefined, fresh), fresh);
        return;
      default:
        this.#load(next.kind, generation, loadRemote(next.kind, next.value, this.#host.timeout, fresh));
    }
  }

  /**
   * Shows `work`'s result: at once if a `role-id` or `role-data` has already settled (the same
   * role in another element, or awaited by `settled()`), else after a loading state.
   */
  #load(source: RoleSourceKind, generation: number, work: Promise<Loaded>, fresh = false): void {
    const request = this.#request;
    const known =
      !fresh && (request.kind === 'role-id' || request.kind === 'role-data')
        ? loadedNow(request.kind, request.value, this.#partsOf())
        : undefined;
    if (known) return this.#set(stateOf(source, known));
    this.#set({ status: 'loading', source });
    void work.then((loaded) => {
      if (generation !== this.#generation) return; // a newer choice of role replaced this one
      this.#set(stateOf(source, loaded));
      this.#host.requestUpdate();
    });
  }

  #set(state: RoleState): void {
    const changed = state !== this.state;
    this.state = state;
    if (changed && (state.status === 'ready' || state.status === 'error')) this.#pendingEvent = true;
  }

  #announce(): void {
    const { state } = this;
    const host = this.#host;
    if (state.status === 'ready') {
      host.dispatchEvent(new CwLoadEvent({ roleId: state.role.id, title: state.role.title, source: state.source }));
    } else if (state.status === 'error') {
      // A provider's failure is reported once, by the provider, not by every element inside it.
      announceFailure(host, state.error, state.source, state.source !== 'context');
    }
  }
}

/**
 * Reports a role that could not be loaded: a `cw-error` from `host`, and, when `warns`, a console
 * warning with the path of each problem.
 */
export function announceFailure(host: HTMLElement, error: RoleLoadError, source: RoleSourceKind, warns = true): void {
  host.dispatchEvent(
    new CwErrorEvent({
      message: error.message,
      kind: error.kind,
      source,
      ...(error.issues ? { issues: error.issues } : {}),
    }),
  );
  if (warns)
    warn(
      host,
      error.message,
      error.issues?.map((i) => `  ${i.path || '(root)'}: ${i.message}`),
    );
}

function stateOf(source: RoleSourceKind, loaded: Loaded): RoleState {
  return 'role' in loaded
    ? { status: 'ready', source, role: loaded.role }
    : { status: 'error', source, error: loaded.error };
}

function fromContext(provided: RoleState): RoleState {
  return provided.status === 'unset' ? provided : { ...provided, source: 'context' };
}
