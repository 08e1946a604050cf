import { css } from 'lit';

/*
 * The sub-parts and their placeholders are disclosures (base/disclosure-styles.ts); these are
 * the element's own custom properties and the contents of its panels.
 */
export const educationPathStyles = css`
  :host {
    --_divider: var(--cw-education-path-divider-color, var(--_border));
    --_toggle: var(--cw-education-path-toggle-color, var(--_accent));
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

  @media (forced-colors: active) {
    .part {
      border-color: CanvasText;
    }
  }
`;
