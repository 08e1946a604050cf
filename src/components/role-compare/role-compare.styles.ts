import { css } from 'lit';

/*
 * A table from the container width that fits the roles, one card per role below it. The element
 * is as tall as its content; while loading it reserves an estimate for the number of roles given.
 */
export const roleCompareStyles = css`
  :host {
    --_divider: var(--cw-role-compare-divider-color, var(--_border));
    --_range: var(--cw-role-compare-range-color, var(--_accent-soft));
    --_marker: var(--cw-role-compare-marker-color, var(--_accent));
    --_track: var(--cw-role-compare-track-color, var(--_surface-alt));
  }

  /* Estimates, by number of roles, of the Security Technician compared with the next bundled
     roles at the start of each width step (in Firefox's serif at 45em, its tallest): the cards
     below the width the table needs, the table from there. */
  .state-loading.cols-1 {
    min-height: 130em;
  }
  .state-loading.cols-2 {
    min-height: 260em;
  }
  .state-loading.cols-3 {
    min-height: 360em;
  }
  .state-loading.cols-4 {
    min-height: 480em;
  }
  @container (min-width: 30em) {
    .state-loading.cols-1 {
      min-height: 105em;
    }
    .state-loading.cols-2 {
      min-height: 207em;
    }
    .state-loading.cols-3 {
      min-height: 290em;
    }
    .state-loading.cols-4 {
      min-height: 385em;
    }
  }
  @container (min-width: 36em) {
    .state-loading.cols-1 {
      min-height: 80em;
    }
    .state-loading.cols-2 {
      min-height: 160em;
    }
  }
  @container (min-width: 45em) {
    .state-loading.cols-1 {
      min-height: 62em;
    }
    .state-loading.cols-2 {
      min-height: 126em;
    }
  }
  @container (min-width: 46em) {
    .state-loading.cols-3 {
      min-height: 176em;
    }
  }
  @container (min-width: 58em) {
    .state-loading.cols-1 {
      min-height: 52em;
    }
    .state-loading.cols-2 {
      min-height: 102em;
    }
    .state-loading.cols-3 {
      min-height: 137em;
    }
    .state-loading.cols-4 {
      min-height: 183em;
    }
  }
  .skeleton.row-shape {
    height: 2.5em;
  }

  .problems {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
  }
  .problems > p {
    margin: 0 0 0.25em;
  }

  p {
    margin: 0 0 0.25em;
  }
  .figure {
    font-weight: 700;
  }
  .not-published {
    color: var(--_muted);
    font-style: italic;
  }
  .block + .block {
    margin-top: 0.5em;
  }
  .block-label {
    margin: 0 0 0.15em;
    color: var(--_muted);
    font-weight: 600;
  }
  .items {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .more {
    margin: 0.15em 0 0;
  }

  /* The table, shown from the width its columns need; the cards below that width. */
  .table {
    display: none;
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .table th,
  .table td {
    padding: 0.6em 0.5em;
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_divider);
  }
  .table thead th {
    border-top: 0;
    font-weight: 700;
  }
  .table tbody th {
    font-weight: 600;
  }
  .table .corner {
    width: 9em;
    border-top: 0;
  }

  .cards {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    min-width: 0;
    padding: 0.75em;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .card .subheading {
    margin-top: 0;
  }
  .entries {
    margin: 0;
  }
  .entry {
    padding: 0.5em 0 0.25em;
    border-top: 1px solid var(--_divider);
  }
  .entry dt {
    font-weight: 600;
  }
  .entry dd {
    margin: 0.2em 0 0;
  }

  @container (min-width: 36em) {
    :is(.cols-1, .cols-2) .table {
      display: table;
    }
    :is(.cols-1, .cols-2) .cards {
      display: none;
    }
  }
  @container (min-width: 46em) {
    .cols-3 .table {
      display: table;
    }
    .cols-3 .cards {
      display: none;
    }
  }
  @container (min-width: 58em) {
    .cols-4 .table {
      display: table;
    }
    .cols-4 .cards {
      display: none;
    }
  }

  /* Each role's pay on the shared scale: the track, the published range, the central figure. */
  .pay-scale {
    display: block;
    width: 100%;
    height: 0.75em;
    margin: 0.4em 0 0.2em;
    overflow: visible;
  }
  .pay-scale .track {
    fill: var(--_track);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .pay-scale .range {
    fill: var(--_range);
    stroke: var(--_marker);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .pay-scale .central {
    stroke: var(--_marker);
    stroke-width: 0.2em;
    vector-effect: non-scaling-stroke;
  }
  .scale-note {
    margin: 0.75em 0 0;
  }

  .toggle {
    display: block;
    min-height: 2em;
    min-width: 2em;
    margin: 0.4em 0 0;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-size: max(0.875em, 12px);
    font-weight: 600;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_accent-soft);
  }

  .source-role {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .card,
    .problems,
    .entry,
    .table th,
    .table td {
      border-color: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
    .pay-scale {
      forced-color-adjust: none;
    }
    .pay-scale .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pay-scale .range {
      fill: GrayText;
      stroke: CanvasText;
    }
    .pay-scale .central {
      stroke: CanvasText;
    }
  }
`;
