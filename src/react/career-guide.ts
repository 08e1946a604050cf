/**
 * The React wrapper of `<career-guide>`. The guide shows every section element, so using it
 * registers them all.
 */
import { CareerGuide as CareerGuideElement } from '../define/career-guide.js';
import { roleEvents, wrap } from './wrap.js';

export const CareerGuide = /* @__PURE__ */ wrap('career-guide', CareerGuideElement, roleEvents);
