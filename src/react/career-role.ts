/** The React wrapper of `<career-role>`. Using it registers `<career-role>` alone. */
import { CareerRole as CareerRoleElement } from '../components/career-role/career-role.js';
import { roleEvents, wrap } from './wrap.js';

export const CareerRole = /* @__PURE__ */ wrap('career-role', CareerRoleElement, roleEvents);
