import { css } from 'lit';

/*
 * Two boxes, pros then cons: stacked in narrow containers, side by side from 36em. Each point
 * starts with its side's icon. The element is as tall as its lists. While loading it reserves an
 * estimate: the height of the Security Technician pros and cons at 800px wide.
 */
export const prosConsStyles = css`
  :host {
    --_pro: var(--cw-pros-cons-pro-color, light-dark(#0f6b36, #7fdca3));
    --_con: var(--cw-pros-cons-con-color, var(--_danger));
    --_card: var(--cw-pros-cons-card-background, var(--_surface-alt));
  }

  /* While loading: an estimate of the Security Technician content, taller in narrower boxes. */
  .base.state-loading {
    min-height: 34.4em;
  }
  @container (max-width: 45em) {
    .base.state-loading {
      min-height: 40em;
    }
  }
  @container (max-width: 30em) {
    .base.state-loading {
      min-height: 58em;
    }
  }
  @container (max-width: 22em) {
    .base.state-loading {
      min-height: 71em;
    }
  }

  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  @container (min-width: 36em) {
    .columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .side {
    --_side: var(--_pro);
    min-width: 0;
    padding: 0.75em;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-top: 0.25em solid var(--_side);
    border-radius: var(--_radius);
  }
  .side.cons {
    --_side: var(--_con);
  }

  .side .subheading {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0 0 0.5em;
  }
  /* The icon beside each sub-heading; those of the points are an icon list's (shared/icon-list.styles.ts). */
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    color: var(--_side);
  }

  /* Loading placeholders shaped like the two boxes. */
  .skeleton-side {
    border-top-color: var(--_border);
    background: var(--_surface);
  }
  .skeleton-side .skeleton {
    margin: 0 0 0.6em;
  }
  .skeleton.title {
    width: 5em;
    height: 1.3em;
    margin-bottom: 0.75em;
  }
  .skeleton.line:nth-child(odd) {
    width: 80%;
  }

  @media (forced-colors: active) {
    .side {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
  }
`;
