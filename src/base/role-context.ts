import { createContext } from '@lit/context';
import type { RoleState } from './role-state.js';

/** The role a `<career-role>` (or `<career-guide>`) provides to every element inside it. */
export const roleContext = createContext<RoleState>(Symbol.for('career-widgets/role'));
