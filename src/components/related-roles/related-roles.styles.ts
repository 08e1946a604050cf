import { css } from 'lit';

/*
 * The related roles run top to bottom in a narrow container, stand in two columns from 36em and
 * in three from 50em. The element is as tall as its list. While loading it reserves an estimate,
 * a typical list of three roles: three roles one under another (one title on two lines, as
 * "Security Systems Technician" takes in a wide font at 400px) with a line of sources below
 * 50em, and one row of three (titles of up to two lines) from 50em.
 */
export const relatedRolesStyles = css`
  :host {
    --_link: var(--cw-related-roles-link-color, var(--_accent));
    --_item: var(--cw-related-roles-item-background, var(--_surface-alt));
  }

  .base.state-loading {
    min-height: 17.4em;
  }
  .base > .heading {
    margin-bottom: 0.75em;
  }

  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-auto-rows: min-content;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 36em) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    /* An odd last role takes the whole row rather than leaving a hole. */
    .item:last-child:nth-child(odd) {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 50em) {
    .base.state-loading {
      min-height: 10.9em;
    }
    .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .item:last-child:nth-child(odd) {
      grid-column: auto;
    }
  }

  .item {
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_item);
  }
  .name,
  .link {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.6em 0.75em;
    line-height: 1.5;
  }
  .name {
    font-weight: 600;
  }
  .link {
    justify-content: space-between;
    border-radius: calc(var(--_radius) - 1px);
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:hover {
    background: var(--_accent-soft);
    text-decoration-thickness: 0.125em;
  }
  .link:focus-visible {
    outline-offset: 0.1em;
  }
  /* An arrow drawn with borders, so forced colours keep it. */
  .arrow {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.2em;
    border-inline-end: 0.15em solid currentColor;
    border-top: 0.15em solid currentColor;
    rotate: 45deg;
  }
  :host(:dir(rtl)) .arrow {
    rotate: -45deg;
  }

  .sources {
    line-height: 1.5;
  }

  /* Loading placeholders shaped like the links. */
  .skeleton-list .item {
    display: flex;
    align-items: center;
    min-height: calc(2.75em + 2px);
    padding: 0 0.75em;
    background: var(--_surface);
  }
  .skeleton.title-shape {
    width: 12em;
    max-width: 80%;
    margin: 0;
  }
  .skeleton.sources-line {
    width: 50%;
  }

  @media (forced-colors: active) {
    .item {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
  }
`;
