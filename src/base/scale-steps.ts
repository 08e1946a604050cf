/**
 * Scales drawn as a row of steps, lowest first (<market-demand>'s demand level,
 * <work-life-balance>'s ratings): every step up to the reached one is filled, and the reached
 * one is marked as current.
 */

/** The `part` of step `index` on a scale reached up to step `reached`: filled steps are also `step-filled`. */
export function stepPart(index: number, reached: number): string {
  return index <= reached ? 'step step-filled' : 'step';
}

/** The classes of step `index` on a scale reached up to step `reached`: `filled` up to it, `current` at it. */
export function stepClass(index: number, reached: number): string {
  return `step ${index <= reached ? 'filled' : ''} ${index === reached ? 'current' : ''}`;
}
