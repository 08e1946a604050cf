import { defineElement } from '../base/define.js';
import { CareerLadder } from '../components/career-ladder/career-ladder.js';

defineElement('career-ladder', CareerLadder);

export { CareerLadder };

declare global {
  interface HTMLElementTagNameMap {
    'career-ladder': CareerLadder;
  }
}
