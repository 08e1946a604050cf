import { defineElement } from '../base/define.js';
import { CaseStudies } from '../components/case-studies/case-studies.js';

defineElement('case-studies', CaseStudies);

export { CaseStudies };

declare global {
  interface HTMLElementTagNameMap {
    'case-studies': CaseStudies;
  }
}
