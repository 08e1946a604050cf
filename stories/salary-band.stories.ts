/**
 * <salary-band>: every state (story-helpers.ts), plus the pay period, a job posting's offer, a
 * narrow column and 200% text.
 */
import { container, elementStories, withTokens } from './story-helpers.js';

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
/** An offer in a 320px column: the labels under the band take another row where they would touch. */
export const OfferNarrow = s.variant(
  { ...s.show, 'offer-min': 50000, 'offer-max': 56000 },
  { decorators: [container('320px')] },
);
/** Text at 200% (WCAG 1.4.4) in a 390px column, with an offer: the labels stack in rows. */
export const LargeText = s.variant(
  { ...s.show, 'offer-min': 50000, 'offer-max': 56000 },
  { decorators: [withTokens({ 'font-size': '200%' }), container('390px')] },
);
/** Monthly figures. */
export const Monthly = s.variant({ ...s.show, period: 'month' });
/** Hourly figures, from 2,080 working hours a year. */
export const Hourly = s.variant({ ...s.show, period: 'hour' });
