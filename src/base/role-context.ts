import { ContextRoot, createContext } from '@lit/context';
import type { RoleState } from './role-state.js';

/** The role a `<career-role>` provides to every element inside it. */
export const roleContext = createContext<RoleState>(Symbol.for('career-widgets/role'));

const ROOT = Symbol.for('career-widgets/context-root');

/**
 * Elements may be defined before the `<career-role>` around them (the loader fetches each
 * element on its own). A context root keeps their unanswered requests and replays them when a
 * provider appears. One root serves the page, whichever copy of career-widgets attaches it.
 */
export function ensureContextRoot(): void {
  const page = globalThis as { [ROOT]?: ContextRoot };
  if (page[ROOT] || typeof document === 'undefined') return;
  page[ROOT] = new ContextRoot();
  page[ROOT].attach(document.documentElement);
}
