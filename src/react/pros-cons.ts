/** The React wrapper of `<pros-cons>`. Using it registers `<pros-cons>` alone. */
import { ProsCons as ProsConsElement } from '../components/pros-cons/pros-cons.js';
import { roleEvents, wrap } from './wrap.js';

export const ProsCons = /* @__PURE__ */ wrap('pros-cons', ProsConsElement, roleEvents);
