import { defineElement } from '../base/define.js';
import { ProsCons } from '../components/pros-cons/pros-cons.js';

defineElement('pros-cons', ProsCons);

export { ProsCons };

declare global {
  interface HTMLElementTagNameMap {
    'pros-cons': ProsCons;
  }
}
