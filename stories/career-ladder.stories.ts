/**
 * <career-ladder>: every state (story-helpers.ts), plus a reader's current tier.
 */
import { elementStories } from './story-helpers.js';

const s = elementStories({ tag: 'career-ladder' });

export default { title: 'Elements/career-ladder', component: 'career-ladder', ...s.meta };

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

/** A school or job board marks the reader's tier: by position from 0, or by title. */
export const CurrentTier = s.variant({ ...s.show, current: '2' });
