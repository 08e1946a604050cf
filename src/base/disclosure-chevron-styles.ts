/**
 * The chevron of disclosures, native `<details>` that expand or collapse content
 * (`<span class="chevron">` in their `<summary class="toggle">`): the sub-parts of
 * <education-path> and <job-market> (disclosure-styles.ts), the tiers of <career-ladder>, the
 * responsibilities of <role-overview>.
 */
import { css } from 'lit';

/**
 * The chevron itself, drawn with borders so forced colours keep it: two sides of a square, in
 * `--_chevron` or else the text colour, which a rotation turns to point where it should.
 */
export const chevronStyles = css`
  .chevron {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.1em;
    border-inline-end: 0.15em solid var(--_chevron, currentColor);
    border-bottom: 0.15em solid var(--_chevron, currentColor);
  }
`;

/**
 * A disclosure's chevron: it points along the line (mirrored right to left) while its
 * `<details>` is closed, and turns to point down while it is open. The turn is animated,
 * except for readers who ask for reduced motion (base/styles.ts stops every transition).
 */
export const disclosureChevronStyles = css`
  .chevron {
    rotate: -45deg;
    transition:
      rotate 0.15s ease-out,
      translate 0.15s ease-out;
  }
  :host(:dir(rtl)) .chevron {
    rotate: 45deg;
  }
  [open] > .toggle .chevron {
    rotate: 45deg;
    translate: 0 -0.15em;
  }
  :host(:dir(rtl)) [open] > .toggle .chevron {
    rotate: -45deg;
  }
`;
