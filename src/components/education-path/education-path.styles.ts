import { css } from 'lit';

/*
 * Every sub-part is a closed disclosure at first: one row each, whatever the data's length, so
 * the default min-height (the Security Technician's five rows, its heading and its two-source
 * small print at about 800px) keeps the loading state as tall as the ready one. Opening a
 * sub-part makes the element taller; that is the reader's doing, not a layout shift. The box is
 * a column whose list of sub-parts takes any spare height, so the small print stays at the
 * bottom for roles with fewer sub-parts.
 */
export const educationPathStyles = css`
  :host {
    --_divider: var(--cw-education-path-divider-color, var(--_border));
    --_toggle: var(--cw-education-path-toggle-color, var(--_accent));
  }

  .base {
    min-height: var(--cw-education-path-min-height, 21.9em);
    display: flex;
    flex-direction: column;
  }
  .items {
    margin: 0 0 0.5em;
    padding-inline-start: 1.1em;
  }
  .items:last-child {
    margin-bottom: 0;
  }
  .items li {
    margin: 0 0 0.35em;
  }
  .items li::marker {
    color: var(--_toggle);
  }
  .certification .name {
    display: block;
    font-weight: 600;
  }
  .certification .issuer,
  .certification .description {
    display: block;
    font-size: max(0.875em, 12px);
  }
  .certification .issuer {
    color: var(--_muted);
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
    .part {
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
