/**
 * Subscribes an element to the role of the `<career-role>` or `<career-guide>` around it.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { roleContext } from './role-context.js';
import type { RoleState } from './role-state.js';

const ROOT = Symbol.for('career-widgets/context-root');

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

/** Calls `callback` with the provider's role state now and whenever it changes. */
export function consumeRole(host: ReactiveControllerHost & HTMLElement, callback: (state: RoleState) => void): void {
  ensureContextRoot();
  new ContextConsumer(host, { context: roleContext, subscribe: true, callback });
}
