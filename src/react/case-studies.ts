/** The React wrapper of `<case-studies>`. Using it registers `<case-studies>` alone. */
import { CaseStudies as CaseStudiesElement } from '../components/case-studies/case-studies.js';
import { roleEvents, wrap } from './wrap.js';

export const CaseStudies = /* @__PURE__ */ wrap('case-studies', CaseStudiesElement, roleEvents);
