/** The React wrapper of `<salary-band>`. Using it registers `<salary-band>` alone. */
import { SalaryBand as SalaryBandElement } from '../components/salary-band/salary-band.js';
import { roleEvents, wrap } from './wrap.js';

export const SalaryBand = /* @__PURE__ */ wrap('salary-band', SalaryBandElement, roleEvents);
