/**
 * <salary-band>: every state (story-helpers.ts), plus the pay period, a job posting's offer, a
 * narrow column and 200% text; and, with example figures (made up, from no source), salary data
 * as real sources publish it: percentiles, bands for areas, old figures and a top-coded figure.
 */
import type { RoleInput } from '../src/data/schema.js';
import { EXAMPLE_SALARY_ROLE } from '../test/fixtures/salary-example.js';
import { container, elementStories, withTokens } from './story-helpers.js';

/**
 * Example figures, made up (the tests' example role, test/fixtures/salary-example.ts): no source
 * publishes them, and no bundled role has them. Percentiles for the nation and two states, May
 * 2024 figures, and a metro area whose highest percentiles are top-coded ("$239,200 or more"), as
 * official surveys publish them.
 */
const EXAMPLE: RoleInput = { ...EXAMPLE_SALARY_ROLE, title: 'Example Analyst (example figures)' };

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

/** Example figures: percentiles drawn as a box (25th–75th) with whiskers (10th–90th), and an offer placed by percentile. */
export const ExampleFiguresPercentiles = s.variant({ roleData: EXAMPLE, 'offer-min': 50000, 'offer-max': 56000 });
/**
 * Example figures: a list of areas (the nation, Colorado and Texas here); `location="US-CO"`
 * chooses Colorado's band, and the reader can choose another. Texas publishes fewer figures,
 * and shows only those.
 */
export const ExampleFiguresTwoLocations = s.variant({ roleData: EXAMPLE, location: 'US-CO', 'offer-min': 50000, 'offer-max': 56000 });
/** Example figures: May 2024 figures with `stale-after="18"`, marked as possibly out of date. */
export const ExampleFiguresStale = s.variant({ roleData: EXAMPLE, 'stale-after': 18 });
/**
 * Example figures: the 75th and 90th percentiles are top-coded, "$239,200 or more"; the band
 * ends there, open, and the offer reaching it is said to reach it, nothing more.
 */
export const ExampleFiguresTopCoded = s.variant({
  roleData: EXAMPLE,
  location: 'metro:99999',
  'offer-min': 230000,
  'offer-max': 250000,
});
