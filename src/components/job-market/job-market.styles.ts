import { css } from 'lit';

/*
 * The sub-parts and their placeholders are disclosures (base/disclosure-styles.ts); these are
 * the element's own custom properties and the contents of its panels.
 */
export const jobMarketStyles = css`
  :host {
    --_divider: var(--cw-job-market-divider-color, var(--_border));
    --_toggle: var(--cw-job-market-toggle-color, var(--_accent));
  }

  .terms {
    margin: 0;
  }
  .entry {
    margin: 0 0 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.2em solid var(--_toggle);
  }
  .entry:last-child {
    margin-bottom: 0;
  }
  .terms dt {
    font-weight: 600;
  }
  .terms dd {
    margin: 0;
  }

  @media (forced-colors: active) {
    .part,
    .entry {
      border-color: CanvasText;
    }
  }
`;
