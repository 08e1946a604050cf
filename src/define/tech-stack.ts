import { defineElement } from '../base/define.js';
import { TechStack } from '../components/tech-stack/tech-stack.js';

defineElement('tech-stack', TechStack);

export { TechStack };

declare global {
  interface HTMLElementTagNameMap {
    'tech-stack': TechStack;
  }
}
