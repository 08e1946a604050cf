import { defineElement } from '../base/define.js';
import { DayInTheLife } from '../components/day-in-the-life/day-in-the-life.js';

defineElement('day-in-the-life', DayInTheLife);

export { DayInTheLife };

declare global {
  interface HTMLElementTagNameMap {
    'day-in-the-life': DayInTheLife;
  }
}
