import { css } from 'lit';

/*
 * The lists are columns of a grid that follows the container: one below the other when narrow,
 * two side by side from 30em and three from 46em. The element is as tall as its lists. While
 * loading it reserves an estimate, the height of the Security Technician's lists at about 800px
 * wide (three columns), and the placeholder columns take the spare height.
 */
export const techStackStyles = css`
  :host {
    --_marker: var(--cw-tech-stack-marker-color, var(--_accent));
    --_divider: var(--cw-tech-stack-divider-color, var(--_border));
  }

  .base.state-loading {
    display: flex;
    flex-direction: column;
    min-height: 71.6em;
  }
  .base.state-loading > .columns {
    flex: 1 0 auto;
  }

  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em 1.5em;
    align-items: start;
  }
  @container (min-width: 30em) {
    .columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 46em) {
    /* One column per list shown, so two lists share the width rather than leave a gap. */
    .columns {
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
  }

  .group {
    min-width: 0;
    padding-top: 0.5em;
    border-top: 0.2em solid var(--_marker);
  }
  .group .subheading {
    margin: 0 0 0.5em;
  }

  .list {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .list li {
    margin: 0 0 0.25em;
    line-height: 1.4;
  }
  .list li::marker {
    color: var(--_marker);
  }

  .sources {
    line-height: 1.5;
  }

  /* Loading placeholders shaped like the columns. */
  .skeleton-group {
    border-top-color: var(--_surface-alt);
  }
  .skeleton-group .skeleton {
    margin: 0 0 0.5em;
  }
  .skeleton.title {
    width: 70%;
    height: 1.2em;
    margin-bottom: 0.75em;
  }
  .skeleton.line:nth-child(3n) {
    width: 80%;
  }
  .skeleton.line:nth-child(3n + 1) {
    width: 60%;
  }

  @media (forced-colors: active) {
    .group {
      border-top-color: CanvasText;
    }
    .list li::marker {
      color: CanvasText;
    }
  }
`;
