/**
 * Sub-parts behind disclosure buttons, one row each until opened: shared by the elements that
 * keep long content compact (<education-path>, <job-market>), with a disclosure's chevron
 * (disclosure-chevron-styles.ts). The element maps its public custom properties onto --_divider
 * and --_toggle.
 */
import { css } from 'lit';

export const disclosureStyles = css`
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
  .chevron {
    --_chevron: var(--_toggle);
    flex: none;
    margin-inline-start: 0.2em;
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
`;
