import { defineElement } from '../base/define.js';
import { SkillMap } from '../components/skill-map/skill-map.js';

defineElement('skill-map', SkillMap);

export { SkillMap };

declare global {
  interface HTMLElementTagNameMap {
    'skill-map': SkillMap;
  }
}
