import { css } from 'lit';

/*
 * The band keeps one height in every state (loading, ready, error, absent), so nothing below
 * it moves when data arrives. That height depends only on the container's width and on
 * whether an offer is shown: each text block holds a fixed number of lines (clamped, and
 * padded when shorter), so the data's length cannot change it. dist/cdn/career-widgets.css
 * reserves the same heights before the element is defined. The offer's own styles are in
 * salary-offer.styles.ts; the height it takes is reserved here.
 */
export const salaryBandStyles = css`
  :host {
    --_bar: var(--cw-salary-band-bar-color, var(--_accent-soft));
    --_marker: var(--cw-salary-band-marker-color, var(--_accent));
    --_height: var(--cw-salary-band-height-wide, 22.5em);
    --_offer-height: 5.75em;
  }
  :host([offer-min]) .base,
  :host([offer-max]) .base {
    --_total: calc(var(--_height) + var(--_offer-height));
  }

  .base {
    min-height: var(--_total, var(--_height));
  }

  .heading {
    --_lines: 1;
    --_line: 1.3em;
    margin-bottom: 0.1em;
  }
  .meta {
    --_lines: 1;
    --_line: 1.5em;
    margin: 0 0 0.75em;
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    grid-template-rows: auto auto;
    gap: 0.5em 0.75em;
    margin: 0 0 0.75em;
  }
  .figure {
    min-width: 0;
  }
  .figure dt,
  .figure dd {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: 1.5;
  }
  .figure dt {
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
  }
  .figure dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figure.central dd {
    font-size: 1.35em;
    line-height: 1.2;
  }
  .figure.range {
    grid-column: span 2;
  }
  .figure.range dd {
    font-size: 1.1em;
    line-height: 1.35;
  }
  .figure.level {
    grid-row: 2;
  }

  .band {
    margin: 0.25em 0 0.5em;
  }
  .track {
    position: relative;
    height: 0.9em;
    margin: 0.5em 0;
    border-radius: 0.45em;
    background: var(--_bar);
    border: 1px solid var(--_marker);
  }
  .marker,
  .tick {
    position: absolute;
    inset-inline-start: var(--_at);
    translate: -50% 0;
  }
  :host(:dir(rtl)) .marker,
  :host(:dir(rtl)) .tick {
    translate: 50% 0;
  }
  .marker {
    top: -0.45em;
    width: 0.3em;
    height: 1.7em;
    border-radius: 0.15em;
    background: var(--_marker);
  }
  .tick {
    top: 0.15em;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--_surface);
    border: 0.12em solid var(--_marker);
  }
  .scale {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .no-range {
    --_lines: 2;
    --_line: 1.5em;
    margin: 0 0 0.5em;
  }
  .top-earners {
    --_lines: 3;
    --_line: 1.5em;
    margin: 0.5em 0 0;
  }
  .sources {
    --_lines: 1;
    --_line: 1.5em;
  }

  .skeleton.short {
    width: 40%;
  }
  .skeleton.tall {
    height: 5.5em;
  }
  .skeleton.bar {
    height: 2.5em;
  }

  @container (max-width: 25em) {
    .base {
      --_height: var(--cw-salary-band-height-narrow, 33em);
      --_offer-height: 7em;
    }
    .heading {
      --_lines: 2;
    }
    .figures {
      grid-template-rows: auto auto auto;
      column-gap: 0.5em;
    }
    .figure.central,
    .figure.range {
      grid-column: 1 / -1;
    }
    .figure.level {
      grid-row: 3;
    }
    .top-earners {
      --_lines: 5;
    }
    .no-range {
      --_lines: 3;
    }
    .figure.level dt {
      white-space: normal;
      min-height: 3em;
    }
    .sources {
      --_lines: 2;
    }
  }

  @media (forced-colors: active) {
    .track {
      background: Canvas;
      border-color: CanvasText;
    }
    .marker {
      background: Highlight;
    }
    .tick {
      border-color: CanvasText;
    }
  }
`;
