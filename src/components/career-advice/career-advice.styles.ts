import { css } from 'lit';

/*
 * The parts are boxes in a grid: stacked when narrow; from 40em the two lists stand side by side
 * and the portfolio tips take the row below. The element is as tall as its advice. While loading
 * it reserves an estimate: the height of the Security Technician advice (all three parts) at
 * 800px wide.
 */
export const careerAdviceStyles = css`
  :host {
    --_mistake: var(--cw-career-advice-mistake-color, var(--_danger));
    --_advice: var(--cw-career-advice-advice-color, light-dark(#0f6b36, #7fdca3));
    --_card: var(--cw-career-advice-card-background, var(--_surface-alt));
  }

  .base.state-loading {
    min-height: 70.4em;
  }

  .parts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  @container (min-width: 40em) {
    .parts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .parts > .portfolio,
    .parts.single > .part {
      grid-column: 1 / -1;
    }
  }

  .part {
    min-width: 0;
    padding: 0.75em;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .part .subheading {
    margin: 0 0 0.5em;
  }

  /* The lists are icon lists (shared/icon-list.styles.ts). */
  .mistakes .icon {
    color: var(--_mistake);
  }
  .advice .icon {
    color: var(--_advice);
  }

  .paragraph {
    margin: 0 0 0.6em;
    max-width: 48em;
  }
  .paragraph:last-child {
    margin-bottom: 0;
  }

  /* Loading placeholders shaped like the parts. */
  .skeleton-part {
    background: var(--_surface);
  }
  .skeleton-part .skeleton {
    margin: 0 0 0.6em;
  }
  .skeleton.title {
    width: 55%;
    height: 1.3em;
    margin-bottom: 0.75em;
  }
  .skeleton.line:nth-child(odd) {
    width: 80%;
  }

  @media (forced-colors: active) {
    .part {
      border-color: CanvasText;
    }
    .mistakes .icon,
    .advice .icon {
      color: CanvasText;
    }
  }
`;
