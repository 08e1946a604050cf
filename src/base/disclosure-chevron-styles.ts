/**
 * The chevron of disclosure buttons, which expand or collapse content (`<span class="chevron">`
 * in a button of class `toggle`): the sub-parts of <education-path> and <job-market>
 * (disclosure-styles.ts), the tiers of <career-ladder>, the responsibilities of <role-overview>.
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
 * A disclosure's chevron: it points along the line (mirrored right to left) while its button is
 * collapsed, and down while it is expanded.
 */
export const disclosureChevronStyles = css`
  .chevron {
    rotate: -45deg;
  }
  :host(:dir(rtl)) .chevron {
    rotate: 45deg;
  }
  .toggle[aria-expanded='true'] .chevron {
    rotate: 45deg;
    translate: 0 -0.15em;
  }
`;
