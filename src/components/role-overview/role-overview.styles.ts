import { css } from 'lit';

/*
 * Prose runs at most 48em wide. The box keeps at least --cw-role-overview-min-height in every
 * state. From 45em wide the default fits the Security Technician overview at 800px
 * (responsibilities collapsed) in DejaVu Serif, a wide font, so narrower fonts fit too and
 * loading shifts nothing there; the spare space then goes between the parts. Narrower
 * containers reserve about what the text needs at the wide end of their range.
 */
export const roleOverviewStyles = css`
  :host {
    --_figure-bg: var(--cw-role-overview-figure-background, var(--_surface-alt));
    --_figure-accent: var(--cw-role-overview-figure-accent, var(--_accent));
  }

  .base {
    --_min-height: 125em;
    min-height: var(--cw-role-overview-min-height, var(--_min-height));
  }
  @container (min-width: 30em) {
    .base {
      --_min-height: 88em;
    }
  }
  @container (min-width: 45em) {
    .base {
      --_min-height: 98.5em;
    }
  }

  /* When the reserved height is more than the text needs (a narrower font than the one the
     default was measured in), the spare space goes between the parts, not all at the end. */
  .base.overview {
    display: flex;
    flex-direction: column;
  }
  .base.overview > .part,
  .base.overview > .sources {
    margin-top: auto;
  }

  .prose {
    max-width: 48em;
  }
  .summary p:last-child,
  .part p:last-child {
    margin-bottom: 0;
  }
  .part {
    padding-top: 1.25em;
  }
  .part .subheading {
    margin: 0 0 0.4em;
  }

  /* Narrow: one figure a row, label and value side by side. From 30em: cards in a row. */
  .figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
    margin: 1em 0 0;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    column-gap: 0.75em;
    min-width: 0;
    padding: 0.375em 0.75em;
    background: var(--_figure-bg);
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_figure-accent);
    border-radius: var(--_radius);
  }
  @container (min-width: 30em) {
    .figures {
      grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
      gap: 0.75em;
    }
    .figure {
      display: block;
      padding: 0.5em 0.75em;
    }
  }
  .figure dt {
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    line-height: 1.4;
  }
  .figure dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
  }
  .figure .unit {
    color: var(--_muted);
    font-size: max(0.7em, 12px);
    font-weight: normal;
  }

  .items {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .items li {
    margin: 0 0 0.35em;
    padding-inline-start: 0.15em;
  }
  .items li::marker {
    color: var(--_figure-accent);
  }
  .items li[hidden] {
    display: none;
  }

  .toggle {
    margin-top: 0.5em;
    min-height: 2.25em;
    padding: 0.25em 0.75em 0.25em 0.6em;
    text-align: start;
  }
  .chevron {
    flex: none;
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.1em;
    border-inline-end: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    rotate: 45deg;
    translate: 0 -0.15em;
  }
  .toggle[aria-expanded='true'] .chevron {
    rotate: 225deg;
    translate: 0 0.15em;
  }

  /* Loading placeholders shaped like the summary, the figures and the parts. */
  .skeleton.line {
    margin: 0.25em 0 0.5em;
  }
  .skeleton.line:nth-child(4n) {
    width: 70%;
  }
  .skeleton-figures {
    margin-bottom: 1em;
  }
  .skeleton.figure-shape {
    height: 2.4em;
    margin: 0;
    border-radius: var(--_radius);
  }
  @container (min-width: 30em) {
    .skeleton.figure-shape {
      height: 4em;
    }
  }
  .skeleton.subheading-shape {
    width: 35%;
    height: 1.3em;
    margin: 1.25em 0 0.5em;
  }
  .skeleton.button-shape {
    width: 15em;
    max-width: 100%;
    height: 2.25em;
    margin: 0.5em 0 0;
  }
  .skeleton.sources-line {
    width: 60%;
    height: 0.8em;
    margin: 1.25em 0 0;
  }

  @media (forced-colors: active) {
    .figure {
      border-color: CanvasText;
    }
    .items li::marker {
      color: CanvasText;
    }
  }
`;
