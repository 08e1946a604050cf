/**
 * <role-overview>: every state (story-helpers.ts).
 */
import { elementStories } from './story-helpers.js';

const s = elementStories({ tag: 'role-overview' });

export default { title: 'Elements/role-overview', component: 'role-overview', ...s.meta };

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
