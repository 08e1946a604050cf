import { css } from 'lit';

/*
 * Marks are placed along the band with logical properties alone, so the band runs from the
 * reader's start: lowest figure on the left, or on the right under `dir="rtl"`. Each mark carries
 * its place as a percentage from the band's start (`--_at`; an offer `--_from` and `--_to`;
 * place.ts) and stands there with `inset-inline-start` (or `-end`); a label's box is kept inside
 * the rail by the same clamp in either direction. Only a shift has no logical form: a mark
 * centred on its place moves back by half its width with `translate`, whose sign
 * `:host(:dir(rtl))` turns. Any new mark on the band is placed the same way.
 *
 * Once it shows something, the band is as tall as its content. Only the loading state keeps an
 * estimate: the height of the band of a role with a range, levels and a note on the top earners
 * (Security Technician's) in a sans-serif font, at 800px, 360px and 320px wide, taller by the
 * offer's sentence when the element has an offer. dist/cdn/career-widgets.css reserves the same
 * before the element is defined. The offer's own styles are in salary-offer.styles.ts.
 */
export const salaryBandStyles = css`
  :host {
    --_bar: var(--cw-salary-band-bar-color, var(--_accent-soft));
    --_marker: var(--cw-salary-band-marker-color, var(--_accent));
  }

  .state-loading {
    min-height: 19.875em;
  }
  :host([offer-min]) .state-loading,
  :host([offer-max]) .state-loading {
    min-height: 23.25em;
  }

  /* The heading and sources, as tall as their text: no --_lines is set, so nothing is clamped. */
  .lines {
    display: block;
    overflow: visible;
  }
  .heading {
    margin-bottom: 0.1em;
    line-height: 1.3;
  }
  .meta {
    margin: 0 0 0.75em;
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0 0 0.75em;
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
    font-size: 1.5em;
    line-height: 1.2;
  }

  /* The band: labels over the track (levels) and under it (lowest, central, highest, offer). */
  .band {
    margin: 0 0 1em;
    font-size: max(0.875em, 12px);
    font-variant-numeric: tabular-nums;
  }
  /*
   * A rail of labels is the container its labels' rows are chosen by: each label carries its row
   * for every width bucket of the rail (--_r0, --_r8, ... in em), chosen by labelRowStyles in label-rows.ts.
   */
  .rail {
    container: rail / inline-size;
    display: grid;
    grid-template-columns: 100%;
    /* The least space between two labels in one row: LABEL_GAP in label-rows.ts. */
    column-gap: 0.75em;
    row-gap: 0.2em;
  }
  .above {
    align-items: end;
    margin-bottom: 0.45em;
  }
  .below {
    margin-top: 0.45em;
  }
  /* A label's box is as wide as its estimated text, centred on its place and kept inside the rail. */
  .label {
    --_row: var(--_r0);
    grid-area: var(--_row, 1) / 1;
    justify-self: start;
    position: relative;
    inset-inline-start: clamp(0%, var(--_at) - var(--_w) / 2, 100% - var(--_w));
    width: var(--_w);
    max-width: 100%;
    line-height: 1.3;
    text-align: center;
  }
  /* The lowest and highest figures stand at the ends of the track. */
  .below > :first-child {
    text-align: start;
  }
  .below > :nth-child(2) {
    text-align: end;
  }
  .name {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
  .level-label,
  .central-label {
    font-weight: 700;
  }
  .end-label {
    color: var(--_muted);
  }

  .track {
    position: relative;
    height: 1em;
    border-radius: 0.5em;
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
    height: 1.8em;
    border-radius: 0.15em;
    background: var(--_marker);
  }
  .tick {
    top: 0.15em;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_surface);
    border: 0.14em solid var(--_marker);
  }

  .note,
  .top-earners {
    margin: 0.5em 0 0;
  }

  .skeleton.short {
    width: 40%;
  }
  .skeleton.tall {
    height: 3.5em;
  }
  .skeleton.bar {
    height: 4.5em;
  }

  @container (max-width: 25em) {
    .state-loading {
      min-height: 21.25em;
    }
    :host([offer-min]) .state-loading,
    :host([offer-max]) .state-loading {
      min-height: 26.5em;
    }
  }
  @container (max-width: 21em) {
    .state-loading {
      min-height: 23.75em;
    }
    :host([offer-min]) .state-loading,
    :host([offer-max]) .state-loading {
      min-height: 29em;
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
