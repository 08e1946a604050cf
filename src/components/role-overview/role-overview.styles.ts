import { css } from 'lit';

/*
 * Prose runs at most 48em wide. The element is as tall as its overview; only the loading state
 * reserves an estimate. From 45em wide it is the Security Technician overview at 800px
 * (responsibilities collapsed) in DejaVu Serif, a wide font; narrower containers estimate about
 * what the text needs at the wide end of their range. The loading placeholders stretch to fill
 * the estimate.
 */
export const roleOverviewStyles = css`
  :host {
    --_figure-bg: var(--cw-role-overview-figure-background, var(--_surface-alt));
    --_figure-accent: var(--cw-role-overview-figure-accent, var(--_accent));
  }

  /* The loading placeholders stretch to fill the estimate. */
  .base.state-loading {
    display: flex;
    flex-direction: column;
    min-height: 125em;
  }
  @container (min-width: 30em) {
    .base.state-loading {
      min-height: 88em;
    }
  }
  @container (min-width: 45em) {
    .base.state-loading {
      min-height: 98.5em;
    }
  }

  .prose {
    max-width: 48em;
  }
  .summary p:last-child,
  .part p:last-child {
    margin-bottom: 0;
  }
  .part {
    margin-top: 1.25em;
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
      grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
      gap: 0.75em;
    }
    .figure {
      display: block;
      padding: 0.5em 0.75em;
    }
  }
  .figure dd {
    font-size: 1.25em;
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

  /* The responsibilities after the first few: a native <details>, whose summary looks like a
     button with a disclosure's chevron (base/disclosure-chevron-styles.ts). */
  .toggle {
    margin-top: 0.5em;
    min-height: 2.25em;
    padding-block: 0.25em;
    padding-inline: 0.6em 0.75em;
    list-style: none;
    text-align: start;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  .chevron {
    flex: none;
  }
  .more > .items {
    margin-top: 0.5em;
  }

  /* Loading placeholders shaped like the summary, the figures and the parts. Each text block
     is striped like lines of text and grows by its share (--_n lines) of the estimate. */
  .skeleton-part {
    display: flex;
    flex: var(--_n) 1 auto;
    flex-direction: column;
    max-width: 48em;
    padding-top: 1.25em;
  }
  .summary-shape {
    --_n: 6;
    padding-top: 0;
  }
  .core-shape {
    --_n: 20;
  }
  .responsibilities-shape {
    --_n: 6;
  }
  .setting-shape {
    --_n: 12;
  }
  .skeleton.text {
    flex: 1 1 auto;
    height: auto;
    min-height: calc(var(--_n) * 1em);
    margin: 0.25em 0 0;
    border-radius: 0;
    background: repeating-linear-gradient(to bottom, var(--_surface-alt) 0 1em, transparent 1em 1.5em);
  }
  .skeleton-figures {
    flex: none;
    margin-bottom: 0;
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
    flex: none;
    width: 35%;
    height: 1.3em;
    margin: 0 0 0.4em;
  }
  .skeleton.button-shape {
    flex: none;
    width: 15em;
    max-width: 100%;
    height: 2.25em;
    margin: 0.5em 0 0;
  }
  .skeleton.sources-line {
    flex: none;
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
    .skeleton.text {
      background: repeating-linear-gradient(to bottom, GrayText 0 1em, transparent 1em 1.5em);
    }
  }
`;
