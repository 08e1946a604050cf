import { css } from 'lit';

/*
 * The level in words, the three-step scale under it, the summary, then the job outlook as two
 * figures side by side (stacked in a narrow container). The element is as tall as its content.
 * While loading it reserves an estimate: the Security Technician section at 800px wide (and, per
 * width range, about what it needs there).
 */
export const marketDemandStyles = css`
  :host {
    --_scale: var(--cw-market-demand-scale-color, var(--_accent));
    --_track: var(--cw-market-demand-track-color, var(--_surface-alt));
  }

  .base.state-loading {
    min-height: 31.5em;
  }
  @container (min-width: 25em) {
    .base.state-loading {
      min-height: 27em;
    }
  }
  @container (min-width: 35em) {
    .base.state-loading {
      min-height: 24.5em;
    }
  }

  .level {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.4;
  }
  .level-label {
    color: var(--_muted);
  }

  .scale {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.25em;
    max-width: 24em;
    margin: 0 0 1em;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .bar {
    height: 0.75em;
    border: 1px solid var(--_scale);
    background: var(--_track);
  }
  .step:first-child .bar {
    border-start-start-radius: 0.375em;
    border-end-start-radius: 0.375em;
  }
  .step:last-child .bar {
    border-start-end-radius: 0.375em;
    border-end-end-radius: 0.375em;
  }
  .step.filled .bar {
    background: var(--_scale);
  }
  .step.current .bar {
    border-width: 0.15em;
    height: 1em;
    margin-top: -0.125em;
    margin-bottom: -0.125em;
  }
  .step-label {
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
    line-height: 1.4;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .step.current .step-label {
    color: var(--_text);
    font-weight: 700;
  }

  .summary {
    max-width: 48em;
  }
  .summary p:last-child {
    margin-bottom: 0;
  }

  .outlook .subheading {
    margin-top: 1.25em;
  }
  .outlook-figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin: 0;
  }
  @container (min-width: 30em) {
    .outlook-figures {
      grid-template-columns: minmax(8em, auto) minmax(0, 1fr);
      gap: 0.75em;
    }
  }
  .figure {
    min-width: 0;
    padding: 0.5em 0.75em;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .figure dd {
    font-size: 1.125em;
    line-height: 1.4;
  }
  .growth {
    font-variant-numeric: tabular-nums;
  }

  /* Loading placeholders shaped like the level, the scale, the summary and the outlook. */
  .skeleton.level-shape {
    width: 10em;
    max-width: 60%;
    height: 1.4em;
    margin: 0 0 0.5em;
  }
  .skeleton.scale-shape {
    max-width: 24em;
    height: 2em;
    margin: 0 0 1em;
  }
  .skeleton.line {
    margin: 0.25em 0 0.5em;
  }
  .skeleton.line.short {
    width: 60%;
  }
  .skeleton.subheading-shape {
    width: 8em;
    height: 1.3em;
    margin: 1.25em 0 0.4em;
  }
  .skeleton.outlook-shape {
    height: 4em;
    margin: 0;
    border-radius: var(--_radius);
  }
  .skeleton.sources-line {
    width: 60%;
    margin-top: 1em;
  }

  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
      background: Canvas;
    }
    .step.filled .bar {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .figure {
      border-color: CanvasText;
    }
  }
`;
