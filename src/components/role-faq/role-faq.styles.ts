import { css } from 'lit';

/*
 * The element is as tall as its questions. Closed questions are one line each in a wide
 * container, and every block has a fixed line height, so the loading state's estimate (the ten
 * closed Security Technician questions with their search field, at 800px) is about the ready
 * height of a typical FAQ there. Opening questions makes the element taller; that is the
 * reader's doing, not a shift.
 */
export const roleFaqStyles = css`
  :host {
    --_divider: var(--cw-role-faq-divider-color, var(--_border));
    --_link: var(--cw-role-faq-link-color, var(--_accent));
  }

  /* While loading: from 45em wide, 40.24em of text, padding and fields, and 13px of 1px borders
     (box, ten dividers, list end); narrower boxes wrap the questions onto more lines. */
  .base.state-loading {
    min-height: calc(40.24em + 13px);
  }
  @container (max-width: 45em) {
    .base.state-loading {
      min-height: 45em;
    }
  }
  @container (max-width: 30em) {
    .base.state-loading {
      min-height: 59em;
    }
  }
  @container (max-width: 22em) {
    .base.state-loading {
      min-height: 68em;
    }
  }

  /* One line reserved for the heading; a long title wraps rather than being cut. */
  .heading {
    --_lines: 1;
    --_line: 1.3em;
    display: block;
    -webkit-line-clamp: none;
    max-height: none;
    margin-bottom: 0.75em;
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-width: 30em;
  }
  .search label {
    font-weight: 600;
    line-height: 1.5em;
  }
  .search input {
    width: 100%;
    height: 2.75em;
    margin: 0;
    padding: 0 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.5em;
  }
  .search input:hover {
    border-color: var(--_text);
  }

  .status {
    margin: 0.5em 0 0.75em;
  }
  .count {
    margin: 0;
    line-height: 1.5em;
  }
  .no-match {
    margin: 0.5em 0 0;
    padding: 0.75em var(--_space);
    border: 1px dashed var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    line-height: 1.5em;
  }

  .list {
    border-bottom: 1px solid var(--_divider);
  }
  .list.empty {
    border-bottom: 0;
  }

  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    column-gap: 0.25em;
    border-top: 1px solid var(--_divider);
  }
  .item[hidden] {
    display: none;
  }

  .summary {
    display: grid;
    grid-template-columns: 1.25em minmax(0, 1fr);
    align-items: baseline;
    padding: 0.6em 0.25em;
    list-style: none;
    line-height: 1.5em;
    cursor: pointer;
  }
  .summary::-webkit-details-marker {
    display: none;
  }
  /*
   * A chevron drawn with borders, so forced colours keep it: the corner of its end and bottom
   * sides, turned to point along the line (mirrored right to left) while closed, down while open.
   */
  .summary::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    margin-inline-start: 0.1em;
    border-inline-end: 0.15em solid var(--_link);
    border-bottom: 0.15em solid var(--_link);
    rotate: -45deg;
    translate: 0 -0.1em;
  }
  :host(:dir(rtl)) .summary::before {
    rotate: 45deg;
  }
  /* Closed questions stay at normal weight, so one line holds them in a wide container. */
  .question[open] > .summary {
    font-weight: 600;
  }
  .question[open] > .summary::before {
    rotate: 45deg;
    translate: 0 -0.25em;
  }
  :host(:dir(rtl)) .question[open] > .summary::before {
    rotate: -45deg;
  }
  .summary:hover {
    color: var(--_link);
  }
  .answer {
    margin: 0 0 0.9em;
    padding-inline: 1.5em 0.25em;
    white-space: pre-line;
    line-height: 1.5em;
  }

  .anchor-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25em;
    height: 2.25em;
    margin-top: 0.225em;
    border-radius: var(--_radius);
    color: var(--_link);
  }
  .anchor-link:hover {
    background: var(--_accent-soft);
  }
  .anchor-link svg {
    width: 1.1em;
    height: 1.1em;
  }

  .sources {
    margin-top: 0.75em;
    line-height: 1.5em;
  }

  .skeleton.label {
    width: 10em;
    max-width: 60%;
  }
  .skeleton.input {
    height: 2.75em;
    max-width: 30em;
  }
  .skeleton.count {
    width: 12em;
    max-width: 70%;
  }
  .skeleton.question {
    height: 1.5em;
    margin: 1.2em 0;
  }

  @container (max-width: 25em) {
    .summary {
      padding-inline-start: 0;
    }
    .answer {
      padding-inline-start: 1.25em;
    }
  }

  @media (forced-colors: active) {
    .list,
    .item,
    .no-match {
      border-color: CanvasText;
    }
    .search input {
      border-color: FieldText;
    }
    .summary::before {
      border-color: CanvasText;
    }
    .anchor-link {
      color: LinkText;
    }
  }
`;
