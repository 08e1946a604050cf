/**
 * What an element needs when it has no role of its own: a subscription to the role of the
 * `<career-role>` or `<career-guide>` around it, and a console warning should it find none.
 * Loaded on demand, the first time an element has no `role-data`, `role-id` or `src`.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { roleContext } from './role-context.js';
import { warn } from './warn.js';
import type { RoleState } from './role-state.js';

const ROOT = Symbol.for('career-widgets/context-root');

/** How long an element may wait for a role to be chosen before the console hears about it. */
const UNSET_WARNING_MS = 2000;

type Host = ReactiveControllerHost & HTMLElement & { readonly state: RoleState['status'] };

/**
 * Elements may be defined before the `<career-role>` around them (the loader fetches each
 * element on its own). A context root keeps their unanswered requests and replays them when a
 * provider appears. One root serves the page, whichever copy of career-widgets attaches it.
 */
function ensureContextRoot(): void {
  const page = globalThis as { [ROOT]?: ContextRoot };
  if (page[ROOT] || typeof document === 'undefined') return;
  page[ROOT] = new ContextRoot();
  page[ROOT].attach(document.documentElement);
}

/**
 * Warns after a while if the element still has no role. The timer holds the element, so it
 * runs only while the element is on the page with no role.
 */
class UnsetWarning implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#watch();
  }

  hostUpdated(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #watch(): void {
    const { host } = this;
    if (host.state !== 'unset' || !host.isConnected) return this.#stop();
    this.#timer ??= setTimeout(() => {
      if (host.state === 'unset' && host.isConnected) {
        warn(host, 'has no role: set role-id, src or roleData, or place it inside <career-role>.');
      }
    }, UNSET_WARNING_MS);
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/**
 * Calls `callback` with the provider's role state now and whenever it changes, and warns if the
 * element is left without a role.
 */
export function consumeRole(host: Host, callback: (state: RoleState) => void): void {
  ensureContextRoot();
  new ContextConsumer(host, { context: roleContext, subscribe: true, callback });
  new UnsetWarning(host);
}
