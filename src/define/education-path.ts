import { defineElement } from '../base/define.js';
import { EducationPath } from '../components/education-path/education-path.js';

defineElement('education-path', EducationPath);

export { EducationPath };

declare global {
  interface HTMLElementTagNameMap {
    'education-path': EducationPath;
  }
}
