import { css } from 'lit';

/*
 * Groups are cards in a grid that follows the container: one column when narrow, two from 34em
 * and three from 48em. Skills are chips that wrap, so long names never overflow at 280px.
 * The element is as tall as its map. While loading it reserves an estimate, the height of the
 * Security Technician map at 800px wide in a wide font such as DejaVu Serif, and the placeholder
 * cards stretch to fill it.
 */
export const skillMapStyles = css`
  :host {
    --_card: var(--cw-skill-map-card-background, var(--_surface-alt));
    --_card-accent: var(--cw-skill-map-card-accent, var(--_accent));
    --_chip: var(--cw-skill-map-chip-background, var(--_surface));
    --_chip-border: var(--cw-skill-map-chip-border, var(--_border));
  }

  .base.state-loading {
    display: flex;
    flex-direction: column;
    min-height: 39.5em;
  }
  .base.state-loading > .grid {
    flex: 1 0 auto;
  }

  .intro {
    margin: 0 0 1em;
    max-width: 48em;
  }

  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 0;
  }
  @container (min-width: 34em) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    /* An odd last card takes the whole row rather than leaving a hole. */
    .group:last-child:nth-child(odd) {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 48em) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .group:last-child:nth-child(odd) {
      grid-column: auto;
    }
  }

  .group {
    min-width: 0;
    padding: 0.75em;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-top: 0.25em solid var(--_card-accent);
    border-radius: var(--_radius);
  }
  .group .subheading {
    margin: 0 0 0.25em;
  }
  .description {
    margin: 0 0 0.75em;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
  }

  .skills {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skill {
    max-width: 100%;
    padding: 0.2em 0.65em;
    border: 1px solid var(--_chip-border);
    border-radius: 1em;
    background: var(--_chip);
    color: var(--_text);
    font-size: max(0.875em, 12px);
    line-height: 1.4;
  }

  .no-match {
    padding: 0.75em;
    background: var(--_surface-alt);
    border-inline-start: 0.25em solid var(--_card-accent);
    border-radius: var(--_radius);
  }

  .skeleton-group {
    background: var(--_surface);
    border-top-color: var(--_border);
  }
  .skeleton.intro-line {
    margin: 0 0 0.5em;
    height: 1em;
  }
  .skeleton.intro-line.short {
    width: 60%;
    margin-bottom: 1em;
  }
  .skeleton.title {
    width: 60%;
    height: 1.2em;
    margin: 0 0 0.5em;
  }
  .skeleton.line {
    margin: 0 0 0.4em;
  }
  .skeleton.line.short {
    width: 70%;
    margin-bottom: 0.75em;
  }
  .skeleton-chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .skeleton.chip {
    width: 45%;
    height: 1.6em;
    margin: 0;
    border-radius: 1em;
  }
  .skeleton.chip:nth-child(3n + 2) {
    width: 65%;
  }

  @media (forced-colors: active) {
    .group,
    .skill,
    .no-match {
      border-color: CanvasText;
    }
  }
`;
