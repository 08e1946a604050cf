/** The React wrapper of `<education-path>`. Using it registers `<education-path>` alone. */
import { EducationPath as EducationPathElement } from '../components/education-path/education-path.js';
import { roleEvents, wrap } from './wrap.js';

export const EducationPath = /* @__PURE__ */ wrap('education-path', EducationPathElement, roleEvents);
