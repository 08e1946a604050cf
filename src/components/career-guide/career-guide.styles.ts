import { css } from 'lit';

export const careerGuideStyles = css`
  :host {
    --_gap: var(--cw-career-guide-gap, var(--_space));
    --_toc-background: var(--cw-career-guide-toc-background, var(--_surface-alt));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  /* An estimate while loading: the contents and the first sections. Once loaded, the guide is as
     tall as its sections. */
  .base.state-loading {
    min-height: 24em;
  }
  /* Each section draws its own box; the guide keeps its surface (its heading and contents
     must stay readable in either theme) but drops the border around them. */
  .guide {
    border-color: transparent;
  }
  .base > .heading {
    margin: 0;
    font-size: 1.4em;
  }

  .toc {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_toc-background);
  }
  .toc .subheading {
    margin: 0 0 0.4em;
  }
  .toc ol {
    columns: 1;
    column-gap: 2em;
    padding-inline-start: 1.5em;
  }
  .toc li {
    break-inside: avoid;
    padding: 0.15em 0;
  }
  .toc a {
    display: inline-block;
    min-height: 1.5em;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .section {
    scroll-margin-top: 1em;
  }
  .section:focus {
    outline: none;
  }
  .section:focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.25em;
    border-radius: var(--_radius);
  }

  .skeleton.toc {
    height: 8em;
  }
  .skeleton.block {
    height: 6em;
  }

  @container (min-width: 36em) {
    .toc ol {
      columns: 2;
    }
  }
  @container (min-width: 56em) {
    .toc ol {
      columns: 3;
    }
  }

  @media (forced-colors: active) {
    .toc {
      border: 1px solid CanvasText;
    }
    .toc a {
      color: LinkText;
    }
  }
`;
