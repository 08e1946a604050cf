/**
 * Sub-parts as native disclosures, one row each until opened: the looks of the elements
 * that keep long content compact (<education-path>, <job-market>;
 * disclosure-element.ts), with a disclosure's chevron
 * (disclosure-chevron-styles.ts). The element maps its public custom properties onto --_divider
 * and --_toggle.
 *
 * Every sub-part is a closed disclosure at first: one row each, whatever the data's length, so
 * the loading state's placeholder rows (five, as the Security Technician has, with the heading
 * and small print: 21.9em at about 800px) estimate the ready height. Once loaded, the element is
 * as tall as its rows. Opening a sub-part makes it taller; that is the reader's doing, not a
 * layout shift.
 */
import { css } from 'lit';

export const disclosureStyles = css`
  .base.state-loading {
    min-height: 21.9em;
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

  /* The summary is the button: a row of chevron and sub-heading, without the browser's marker. */
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 2.75em;
    padding: 0.5em 0.25em;
    list-style: none;
    font-weight: 700;
    line-height: 1.3;
    cursor: pointer;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  .toggle > .subheading {
    margin: 0;
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
    padding: 0 0 0.75em;
    padding-inline: 1.65em 0.25em;
    max-width: 52em;
  }
  .panel p:last-child {
    margin-bottom: 0;
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
    margin: 0;
    margin-inline-start: 1.4em;
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
    .chevron {
      border-color: ButtonText;
    }
    .toggle:hover {
      background: transparent;
    }
  }
`;
