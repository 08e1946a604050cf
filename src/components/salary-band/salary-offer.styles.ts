import { css } from 'lit';

/**
 * The styles of a job posting's offer on `<salary-band>`: the offered range on the band, its
 * label and the sentence that places it.
 */
export const salaryOfferStyles = css`
  :host {
    --_offer: var(--cw-salary-band-offer-color, light-dark(#0f6b36, #7fdca3));
  }
  .offer {
    position: absolute;
    top: -0.3em;
    bottom: -0.3em;
    /* An offer beyond the band is drawn at least 0.6em wide, at its end, inside the track. */
    inset-inline-start: min(var(--_from), 100% - 0.6em);
    inset-inline-end: min(100% - var(--_to), 100% - 0.6em);
    min-width: 0.3em;
    border: 0.15em solid var(--_offer);
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--_offer) 18%, transparent);
  }
  /* An offer beyond the band reaches over the track's border, to the band's end, as its label does. */
  .offer.beyond-start {
    inset-inline-start: -1px;
    border-inline-start-style: dashed;
  }
  .offer.beyond-end {
    inset-inline-end: -1px;
    border-inline-end-style: dashed;
  }
  .offer-label {
    color: var(--_offer);
    font-weight: 700;
  }
  .offer-note {
    margin: 0.75em 0 0;
    padding: 0.4em 0.6em;
    border-inline-start: 0.25em solid var(--_offer);
    background: var(--_surface-alt);
  }
  .offer-note.problem {
    border-inline-start-color: var(--_danger);
  }
  @media (forced-colors: active) {
    .offer {
      border-color: LinkText;
      background: transparent;
    }
  }
`;
