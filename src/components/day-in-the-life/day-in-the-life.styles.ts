import { css } from 'lit';

/*
 * A vertical timeline: a column of markers joined by a line, the blocks' text beside it. From
 * 36em wide the time spans move into a column of their own before the line. The element is as
 * tall as its day. While loading it reserves an estimate: the height of the Security Technician
 * day at 800px wide.
 */
export const dayInTheLifeStyles = css`
  :host {
    --_marker-color: var(--cw-day-in-the-life-marker-color, var(--_accent));
    --_track-color: var(--cw-day-in-the-life-line-color, var(--_border));
    --_marker-size: 1em;
    --_marker-top: 0.15em;
    --_gap: 0.75em;
    --_time-width: 10.5em;
  }

  /* While loading: an estimate of the Security Technician content, taller in narrower boxes. */
  .base.state-loading {
    min-height: 45.15em;
  }
  @container (max-width: 45em) {
    .base.state-loading {
      min-height: 62em;
    }
  }
  @container (max-width: 30em) {
    .base.state-loading {
      min-height: 71em;
    }
  }
  @container (max-width: 22em) {
    .base.state-loading {
      min-height: 82em;
    }
  }

  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .block {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker-size) minmax(0, 1fr);
    column-gap: var(--_gap);
    align-items: start;
    padding-bottom: 1.25em;
  }
  .block:last-child {
    padding-bottom: 0;
  }
  .block > * {
    grid-column: 2;
    min-width: 0;
  }
  .block > :nth-child(2) {
    grid-row: 1;
  }
  .block > .time,
  .block > .time-shape {
    grid-row: 2;
  }
  .block > .focus,
  .block > .focus-shape {
    grid-row: 3;
  }
  .block > .tasks {
    grid-row: 4;
  }

  /* The line from one marker to the next. A border, so forced colours keep it. */
  .block:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_time-column, 0em) + var(--_marker-size) / 2 - 0.0625em);
    top: calc(var(--_marker-top) + var(--_marker-size));
    bottom: calc(-1 * var(--_marker-top));
    border-inline-start: 0.125em solid var(--_track-color);
  }

  .marker {
    grid-column: 1;
    grid-row: 1;
    width: var(--_marker-size);
    height: var(--_marker-size);
    margin-top: var(--_marker-top);
    border: 0.1875em solid var(--_marker-color);
    border-radius: 50%;
    background: var(--_surface);
  }

  .block .subheading {
    margin: 0;
  }
  .time {
    margin: 0.1em 0 0;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .time time {
    white-space: nowrap;
  }
  .focus {
    margin: 0.25em 0 0.35em;
    font-weight: 600;
  }
  .focus-label {
    color: var(--_muted);
    font-weight: normal;
  }
  .tasks {
    margin: 0;
    padding-inline-start: 1.1em;
    font-size: max(0.9375em, 12px);
  }
  .task + .task {
    margin-top: 0.15em;
  }
  .task::marker {
    color: var(--_muted);
  }

  /* Loading placeholders shaped like the blocks. */
  .skeleton-timeline .skeleton {
    margin: 0 0 0.4em;
  }
  .skeleton-marker {
    border-color: var(--_surface-alt);
    background: var(--_surface-alt);
  }
  .skeleton.label {
    width: 8em;
    max-width: 60%;
    height: 1.2em;
  }
  .skeleton.time-shape {
    width: 9em;
    max-width: 70%;
    height: 0.9em;
  }
  .skeleton.focus-shape {
    width: 16em;
    max-width: 90%;
  }
  .skeleton-tasks {
    display: block;
    padding-inline-start: 1.1em;
  }
  .skeleton.task-shape {
    width: 85%;
    height: 0.9em;
    margin: 0 0 0.55em;
  }
  .skeleton.task-shape:nth-child(even) {
    width: 65%;
  }

  /* Wide containers: the time spans get a column before the line. */
  @container (min-width: 36em) {
    .block {
      --_time-column: calc(var(--_time-width) + var(--_gap));
      grid-template-columns: var(--_time-width) var(--_marker-size) minmax(0, 1fr);
    }
    .block > * {
      grid-column: 3;
    }
    .block > .marker {
      grid-column: 2;
    }
    .block > .time,
    .block > .time-shape {
      grid-column: 1;
      grid-row: 1 / span 2;
      margin: 0.05em 0 0;
      text-align: end;
      justify-self: end;
    }
    .block > .focus,
    .block > .focus-shape {
      grid-row: 2;
    }
    .block > .tasks {
      grid-row: 3;
    }
  }

  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
      background: Canvas;
    }
    .block:not(:last-child)::before {
      border-color: CanvasText;
    }
    .skeleton-marker {
      border-color: GrayText;
    }
  }
`;
