/**
 * Headline figures: a description list of `.figure` boxes, each a label (`dt`) and its value
 * (`dd`), as <market-demand> and <role-overview> show them. The element sizes the value and
 * draws the box.
 */
import { css } from 'lit';

export const figureStyles = css`
  .figure dt {
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    line-height: 1.4;
  }
  .figure dd {
    margin: 0;
    font-weight: 700;
  }
`;
