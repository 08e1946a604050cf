/** The React wrapper of `<career-advice>`. Using it registers `<career-advice>` alone. */
import { CareerAdvice as CareerAdviceElement } from '../components/career-advice/career-advice.js';
import { roleEvents, wrap } from './wrap.js';

export const CareerAdvice = /* @__PURE__ */ wrap('career-advice', CareerAdviceElement, roleEvents);
