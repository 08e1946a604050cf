import { defineElement } from '../base/define.js';
import { CareerAdvice } from '../components/career-advice/career-advice.js';

defineElement('career-advice', CareerAdvice);

export { CareerAdvice };

declare global {
  interface HTMLElementTagNameMap {
    'career-advice': CareerAdvice;
  }
}
