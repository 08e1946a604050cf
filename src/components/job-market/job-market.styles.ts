import { css } from 'lit';

/*
 * Every sub-part is a closed disclosure at first: one row each, whatever the data's length, so
 * the default min-height (the Security Technician's five rows, its heading and its two-source
 * small print at about 800px) keeps the loading state as tall as the ready one. Opening a
 * sub-part makes the element taller; that is the reader's doing, not a layout shift. The box is
 * a column whose list of sub-parts takes any spare height, so the small print stays at the
 * bottom for roles with fewer sub-parts.
 */
export const jobMarketStyles = css`
  :host {
    --_divider: var(--cw-job-market-divider-color, var(--_border));
    --_toggle: var(--cw-job-market-toggle-color, var(--_accent));
  }

  .base {
    min-height: var(--cw-job-market-min-height, 21.9em);
    display: flex;
    flex-direction: column;
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

  .sources {
    line-height: 1.5;
  }

  /* Loading placeholders shaped like closed sub-parts. */
  .skeleton-parts .part {
    display: flex;
    align-items: center;
    min-height: calc(2.75em + 1px);
  }
  .skeleton-parts .part:last-child {
    min-height: calc(2.75em + 2px);
  }
  .skeleton.toggle-shape {
    width: 12em;
    max-width: 70%;
    height: 1.1em;
    margin: 0 0 0 1.4em;
  }
  .skeleton.sources-line {
    width: 60%;
  }

  @container (max-width: 25em) {
    .panel {
      padding-inline-start: 0.25em;
    }
  }

  @media (forced-colors: active) {
    .part,
    .entry {
      border-color: CanvasText;
    }
    .chevron {
      border-color: ButtonText;
    }
    .toggle:hover {
      background: transparent;
    }
  }
`;
