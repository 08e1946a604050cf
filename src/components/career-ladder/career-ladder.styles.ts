import { css } from 'lit';

/*
 * The ladder runs top to bottom in a narrow container and turns into steps side by side from
 * 45em. The element is as tall as its ladder; while loading it reserves the height of the
 * Security Technician ladder with its descriptions collapsed, an estimate of what arrives.
 * Opening a description makes it taller. The buttons' chevrons are a disclosure's
 * (base/disclosure-chevron-styles.ts).
 */
export const careerLadderStyles = css`
  :host {
    --_marker-color: var(--cw-career-ladder-marker-color, var(--_accent));
    --_connector: var(--cw-career-ladder-connector-color, var(--_border));
    --_current-bg: var(--cw-career-ladder-current-background, var(--_accent-soft));
    --_marker-size: 2em;
    --_gap: 0.75em;
  }

  .base.state-loading {
    min-height: 41.7em;
  }

  .tiers {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .tier {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker-size) minmax(0, 1fr);
    column-gap: var(--_gap);
    align-items: start;
    padding-bottom: var(--_gap);
  }
  .tier:last-child {
    padding-bottom: 0;
  }
  /* The line joining one step to the next. A border, so forced colours keep it. */
  .tier:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker-size) / 2 - 0.0625em);
    top: var(--_marker-size);
    bottom: 0;
    border-inline-start: 0.125em solid var(--_connector);
  }

  .marker {
    position: relative;
    display: grid;
    place-items: center;
    width: var(--_marker-size);
    height: var(--_marker-size);
    border: 0.125em solid var(--_marker-color);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .current .marker {
    background: var(--_marker-color);
    color: var(--_on-accent);
  }

  /* The border grows for the current tier; the padding shrinks by as much, so text stays put. */
  .card {
    --_border-width: 1px;
    min-width: 0;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(0.75em - var(--_border-width));
    background: var(--_surface);
  }
  .current .card {
    --_border-width: 0.1875em;
    border-color: var(--_marker-color);
    background: var(--_current-bg);
  }

  .card .subheading {
    margin: 0 0 0.25em;
  }
  .badge {
    display: inline-block;
    margin: 0 0 0.35em;
    padding: 0 0.5em;
    border: 1px solid var(--_marker-color);
    border-radius: 1em;
    background: var(--_marker-color);
    color: var(--_on-accent);
    font-size: max(0.8125em, 12px);
    font-weight: 700;
    line-height: 1.6;
  }
  .years {
    margin: 0;
    font-weight: 600;
  }
  .pay {
    margin: 0;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    font-variant-numeric: tabular-nums;
  }

  /* Each description is a native <details>; its summary looks like a button, without the browser's marker. */
  .disclosure {
    margin-top: 0.5em;
  }
  .toggle {
    white-space: nowrap;
    overflow-wrap: normal;
    min-height: 2.25em;
    padding-block: 0.25em;
    padding-inline: 0.6em 0.75em;
    list-style: none;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }

  .description {
    margin-top: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    font-size: max(0.9375em, 12px);
  }
  .description p {
    margin: 0;
  }

  /* Loading placeholders shaped like the tiers. */
  .skeleton-marker {
    border-color: var(--_surface-alt);
    background: var(--_surface-alt);
  }
  .skeleton-tiers .skeleton {
    margin: 0 0 0.5em;
  }
  .skeleton-tiers .skeleton.title {
    height: 1.3em;
    width: 75%;
  }
  .skeleton-tiers .skeleton.short {
    width: 50%;
  }
  .skeleton-tiers .skeleton.button-shape {
    height: 2.25em;
    width: 7.5em;
    max-width: 100%;
    margin: 0.5em 0 0;
  }

  /* Wide containers: the steps stand side by side, joined by a line through the markers. The
     tiers share the rows of one grid (subgrid), so titles, years, pay and buttons line up. */
  @container (min-width: 45em) {
    .base.state-loading {
      min-height: 21.3em;
    }
    .tiers {
      grid-template-columns: none;
      grid-template-rows: repeat(7, auto);
      grid-auto-flow: column;
      grid-auto-columns: minmax(9.5em, 1fr);
      column-gap: var(--_gap);
      overflow-x: auto;
    }
    .tier {
      grid-row: span 7;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: subgrid;
      row-gap: 0;
      padding-bottom: 0;
    }
    .marker {
      grid-row: 1;
      margin-bottom: 0.5em;
    }
    .card {
      grid-row: 2 / span 6;
      display: grid;
      grid-template-rows: subgrid;
      align-content: start;
    }
    .card > .subheading {
      grid-row: 1;
    }
    .card > .badge {
      grid-row: 2;
      justify-self: start;
    }
    .card > .years {
      grid-row: 3;
    }
    .card > .pay {
      grid-row: 4;
    }
    /* The summary in row 5, the open description below it. */
    .card > .disclosure {
      grid-row: 5 / span 2;
    }
    .tier:not(:last-child)::before {
      inset-inline-start: var(--_marker-size);
      inset-inline-end: calc(-1 * var(--_gap));
      top: calc(var(--_marker-size) / 2 - 0.0625em);
      bottom: auto;
      border-inline-start: 0;
      border-top: 0.125em solid var(--_connector);
    }
  }

  @media (forced-colors: active) {
    .marker,
    .card,
    .badge {
      border-color: CanvasText;
    }
    .current .marker,
    .badge {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .current .card {
      border-color: Highlight;
    }
    .skeleton-marker {
      border-color: GrayText;
    }
  }
`;
