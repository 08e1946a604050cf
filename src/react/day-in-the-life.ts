/** The React wrapper of `<day-in-the-life>`. Using it registers `<day-in-the-life>` alone. */
import { DayInTheLife as DayInTheLifeElement } from '../components/day-in-the-life/day-in-the-life.js';
import { roleEvents, wrap } from './wrap.js';

export const DayInTheLife = /* @__PURE__ */ wrap('day-in-the-life', DayInTheLifeElement, roleEvents);
