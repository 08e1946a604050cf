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
  .base > .parts {
    flex: 1 0 auto;
  }
  .base > .heading {
    margin-bottom: 0.75em;
  }

  .part {
    border-top: 1px solid var(--_divider);
  }
  .part:last-child {
    border-bottom: 1px solid var(--_divider);
  }

  .disclosure {
    margin: 0;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.6em;
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.5em 0.25em;
    border: 0;
    border-radius: 0;
    background: transparent;
    font-weight: 700;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    color: var(--_toggle);
    background: var(--_accent-soft);
  }
  .toggle:hover .label {
    text-decoration: underline;
  }
  .toggle:focus-visible {
    outline-offset: -0.15em;
  }
  /* A chevron drawn with borders, so forced colours keep it. */
  .chevron {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline: 0.2em 0.1em;
    border-inline-end: 0.15em solid var(--_toggle);
    border-bottom: 0.15em solid var(--_toggle);
    rotate: -45deg;
  }
  :host(:dir(rtl)) .chevron {
    rotate: 45deg;
  }
  .toggle[aria-expanded='true'] .chevron {
    rotate: 45deg;
    translate: 0 -0.15em;
  }

  .panel {
    padding: 0 0.25em 0.75em 1.65em;
    max-width: 52em;
  }
  .panel[hidden] {
    display: none;
  }
  .panel p:last-child {
    margin-bottom: 0;
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
    height: 0.8em;
    margin: 0.9em 0 0;
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
