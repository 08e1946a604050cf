import { css } from 'lit';

/*
 * Two rating cards, side by side from 25em wide and stacked below, then the explanation. The
 * element is as tall as its content. While loading it reserves an estimate: the Security
 * Technician section at 800px wide (and, per width range, about what it needs there).
 */
export const workLifeBalanceStyles = css`
  :host {
    --_stress: var(--cw-work-life-balance-stress-color, var(--_accent));
    --_balance: var(--cw-work-life-balance-balance-color, var(--_accent));
    --_track: var(--cw-work-life-balance-track-color, var(--_surface-alt));
  }

  .base.state-loading {
    min-height: 36.5em;
  }
  @container (min-width: 25em) {
    .base.state-loading {
      min-height: 25em;
    }
  }
  @container (min-width: 40em) {
    .base.state-loading {
      min-height: 23.75em;
    }
  }

  .ratings {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    max-width: 48em;
    margin: 0 0 1em;
  }
  @container (min-width: 25em) {
    .ratings {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.75em;
    }
  }

  .rating {
    --_color: var(--_stress);
    min-width: 0;
    padding: 0.5em 0.75em 0.6em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .rating.balance {
    --_color: var(--_balance);
  }
  .rating-label {
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    line-height: 1.4;
  }
  .rating-value {
    margin: 0;
  }
  .value {
    display: block;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .scale {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 0.25em;
    align-items: center;
    height: 1em;
    margin: 0.4em 0 0.2em;
  }
  .step {
    height: 0.75em;
    border: 1px solid var(--_color);
    background: var(--_track);
  }
  .step:first-child {
    border-start-start-radius: 0.375em;
    border-end-start-radius: 0.375em;
  }
  .step:last-child {
    border-start-end-radius: 0.375em;
    border-end-end-radius: 0.375em;
  }
  .step.filled {
    background: var(--_color);
  }
  .step.current {
    height: 1em;
    border-width: 0.15em;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
    line-height: 1.4;
  }

  .explanation {
    max-width: 48em;
  }
  .explanation p:last-child {
    margin-bottom: 0;
  }

  /* Loading placeholders shaped like the rating cards and the explanation. */
  .skeleton-rating .skeleton {
    margin: 0 0 0.4em;
  }
  .skeleton.label-shape {
    width: 40%;
    height: 0.9em;
  }
  .skeleton.value-shape {
    width: 55%;
    height: 1.5em;
  }
  .skeleton.scale-shape {
    height: 2.4em;
    margin-bottom: 0;
  }
  .skeleton.line {
    margin: 0.25em 0 0.5em;
  }
  .skeleton.line.short {
    width: 60%;
  }
  .skeleton.sources-line {
    width: 50%;
    margin-top: 1em;
  }

  @media (forced-colors: active) {
    .rating {
      border-color: CanvasText;
    }
    .step {
      border-color: CanvasText;
      background: Canvas;
    }
    .step.filled {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
