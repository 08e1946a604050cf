import { defineElement } from '../base/define.js';
import { SalaryBand } from '../components/salary-band/salary-band.js';

defineElement('salary-band', SalaryBand);

export { SalaryBand };

declare global {
  interface HTMLElementTagNameMap {
    'salary-band': SalaryBand;
  }
}
