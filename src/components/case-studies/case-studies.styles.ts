import { css } from 'lit';

/*
 * Cards in a grid: one column when narrow, two from 40em. Each card ends with its key takeaway,
 * which sits at the bottom even when the story beside it is longer. The element is as tall as its
 * cards. While loading it reserves an estimate: the height of the Security Technician case
 * studies at 800px wide.
 */
export const caseStudiesStyles = css`
  :host {
    --_card: var(--cw-case-studies-card-background, var(--_surface));
    --_takeaway-bg: var(--cw-case-studies-takeaway-background, var(--_accent-soft));
    --_takeaway-accent: var(--cw-case-studies-takeaway-accent, var(--_accent));
  }

  .base.state-loading {
    min-height: 60em;
  }

  .studies {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 40em) {
    .studies {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .study {
    display: flex;
    flex-direction: column;
    min-width: 0;
    padding: 0.75em;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .study .subheading {
    margin: 0 0 0.35em;
  }
  .story {
    margin: 0 0 0.75em;
  }
  .takeaway {
    margin: auto 0 0;
    padding: 0.5em 0.75em;
    background: var(--_takeaway-bg);
    border-inline-start: 0.25em solid var(--_takeaway-accent);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .takeaway-label {
    display: block;
    font-size: max(0.875em, 12px);
    font-weight: 700;
    letter-spacing: 0.02em;
  }

  /* Loading placeholders shaped like the cards. */
  .skeleton-study .skeleton {
    margin: 0 0 0.5em;
  }
  .skeleton.title {
    width: 70%;
    height: 1.3em;
    margin-bottom: 0.75em;
  }
  .skeleton.short {
    width: 55%;
  }
  .skeleton.takeaway-shape {
    height: 4.5em;
    margin: auto 0 0;
  }

  @media (forced-colors: active) {
    .study,
    .takeaway {
      border-color: CanvasText;
    }
  }
`;
