import { SalaryBand } from 'career-widgets/elements';

window.hostClass = SalaryBand;
