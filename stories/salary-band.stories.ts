/**
 * <salary-band>: every state (story-helpers.ts), plus the pay period and a job posting's offer.
 */
import { elementStories } from './story-helpers.js';

const s = elementStories({ tag: 'salary-band' });

export default { title: 'Elements/salary-band', component: 'salary-band', ...s.meta };

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

/** A job posting's offered range, drawn on the band, with a sentence that places it. */
export const OfferWithinBand = s.variant({ ...s.show, 'offer-min': 55000, 'offer-max': 65000 });
/** An offer above the whole band. */
export const OfferAboveBand = s.variant({ ...s.show, 'offer-min': 80000, 'offer-max': 90000 });
/** Monthly figures. */
export const Monthly = s.variant({ ...s.show, period: 'month' });
/** Hourly figures, from 2,080 working hours a year. */
export const Hourly = s.variant({ ...s.show, period: 'hour' });
