/** The React wrapper of `<tech-stack>`. Using it registers `<tech-stack>` alone. */
import { TechStack as TechStackElement } from '../components/tech-stack/tech-stack.js';
import { roleEvents, wrap } from './wrap.js';

export const TechStack = /* @__PURE__ */ wrap('tech-stack', TechStackElement, roleEvents);
