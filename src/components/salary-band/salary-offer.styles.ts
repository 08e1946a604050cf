import { css } from 'lit';

/**
 * The styles of a job posting's offer on `<salary-band>`: the offered range on the band, its
 * label and the sentence that places it; salary-band.styles.ts reserves the height they take.
 */
export const salaryOfferStyles = css`
  :host {
    --_offer: var(--cw-salary-band-offer-color, light-dark(#0f6b36, #7fdca3));
  }
  .offer {
    position: absolute;
    top: -0.3em;
    bottom: -0.3em;
    inset-inline-start: var(--_from);
    inset-inline-end: calc(100% - var(--_to));
    min-width: 0.3em;
    border: 0.15em solid var(--_offer);
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--_offer) 18%, transparent);
  }
  .offer.beyond-start {
    border-inline-start-style: dashed;
  }
  .offer.beyond-end {
    border-inline-end-style: dashed;
  }
  .offer-label {
    color: var(--_offer);
    font-weight: 700;
  }
  .offer-note {
    --_lines: 3;
    --_line: 1.5em;
    box-sizing: content-box;
    margin: 0.5em 0 0;
    padding: 0.4em 0.6em;
    border-inline-start: 0.25em solid var(--_offer);
    background: var(--_surface-alt);
  }
  .offer-note.problem {
    border-inline-start-color: var(--_danger);
  }
  @container (max-width: 25em) {
    .offer-note {
      --_lines: 4;
    }
  }
  @media (forced-colors: active) {
    .offer {
      border-color: LinkText;
      background: transparent;
    }
  }
`;
