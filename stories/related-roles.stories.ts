/**
 * <related-roles>: every state (story-helpers.ts), plus links to the host site's role pages.
 * No bundled role has related roles: every per-role story shows the absent state.
 */
import type { Role } from '../src/data/schema.js';
import { ROLES, elementStories } from './story-helpers.js';

/** No bundled role publishes related roles, so the stories that show them use this data. */
const sample: Role = {
  ...structuredClone(ROLES['security-technician']!),
  relatedRoles: { ids: ['security-engineer', 'security-systems-technician'], sources: ['jobicy-guide'] },
};

const s = elementStories({ tag: 'related-roles', sample });

export default { title: 'Elements/related-roles', component: 'related-roles', ...s.meta };

export const SecurityTechnician = s.SecurityTechnician;
export const SecuritySystemsTechnician = s.SecuritySystemsTechnician;
export const SecurityEngineer = s.SecurityEngineer;
export const Loading = s.Loading;
export const ErrorFromSrc = s.ErrorFromSrc;
export const ErrorInvalidData = s.ErrorInvalidData;
export const ErrorUnknownRole = s.ErrorUnknownRole;
export const SectionAbsent = s.SectionAbsent;
export const Narrow = s.Narrow;
export const Dark = s.Dark;
export const CustomTheme = s.CustomTheme;
export const RightToLeft = s.RightToLeft;
export const InsideCareerRole = s.InsideCareerRole;

/** Each related role links to the host site's page for it. */
export const WithLinks = s.variant({ ...s.show, 'href-template': '/careers/{id}' });
