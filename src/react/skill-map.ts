/** The React wrapper of `<skill-map>`. Using it registers `<skill-map>` alone. */
import { SkillMap as SkillMapElement } from '../components/skill-map/skill-map.js';
import { roleEvents, wrap } from './wrap.js';

export const SkillMap = /* @__PURE__ */ wrap('skill-map', SkillMapElement, roleEvents);
