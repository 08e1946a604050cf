/**
 * The sentence that places a job posting's offer among the band's percentiles (salary-offer.ts
 * writes the rest of the offer's note).
 */
import { msg, str } from '../../../base/i18n.js';
import { orMore, ordinal, type Point } from './band-figures.js';

/**
 * Places the annual range `from`–`to` among the percentiles. A top-coded percentile ("$239,200
 * or more") is known only to be at or above its floor: an offer that reaches the floor is said to
 * reach that figure, "$239,200 or more", never to include or pass the percentile.
 */
export function placeByPercentile(
  points: Point[],
  from: number,
  to: number,
  offered: string,
  where: string,
  money: (annual: number) => string,
): string {
  const lowest = points[0]!;
  const top = points.find((point) => point.open);
  const exact = points.filter((point) => !point.open);
  const highest = exact.at(-1);
  if (to < lowest.value) {
    return msg(str`The offer of ${offered} is below the ${ordinal(lowest.key)} percentile ${where}.`);
  }
  if (top && to >= top.value) {
    return msg(str`The offer of ${offered} reaches ${orMore(money(top.value))}, the highest figure published ${where}.`);
  }
  if (!top && from > highest!.value) {
    return msg(str`The offer of ${offered} is above the highest figure published ${where}, the ${ordinal(highest!.key)} percentile.`);
  }
  const inside = exact.filter((point) => point.value >= from && point.value <= to);
  const [first, last] = [inside[0], inside.at(-1)];
  if (first && last) {
    return first === last
      ? msg(str`The offer of ${offered} includes the ${ordinal(first.key)} percentile ${where}.`)
      : msg(str`The offer of ${offered} spans the ${ordinal(first.key)} to ${ordinal(last.key)} percentiles ${where}.`);
  }
  // Inside the published figures and across none: between the last below it and the next.
  const below = points.findLastIndex((point) => point.value < from);
  return msg(
    str`The offer of ${offered} sits between the ${ordinal(points[below]!.key)} and ${ordinal(points[below + 1]!.key)} percentiles ${where}.`,
  );
}
