import { css } from 'lit';

/**
 * The styles of what `<salary-band>` shows beyond a range and levels: percentiles (the whisker
 * and the box; their labels and the median's mark are styled as the levels'), the open end of a
 * top-coded highest figure, the list of areas, and the notes on an unknown area and on old
 * figures.
 */
export const bandFiguresStyles = css`
  .whisker,
  .box {
    position: absolute;
    inset-inline-start: var(--_from);
    inset-inline-end: calc(100% - var(--_to));
  }
  /* A border, not a background, so that forced colours keep it. */
  .whisker {
    top: calc(50% - 0.07em);
    border-block-start: 0.14em solid var(--_marker);
  }
  .box {
    top: -0.3em;
    bottom: -0.3em;
    border: 0.14em solid var(--_marker);
    background: var(--_bar);
  }
  /*
   * A top-coded highest figure has no known end: an arrow at the band's end points on, inside it
   * (the character is mirrored in right-to-left text).
   */
  .open::after {
    content: '»';
    position: absolute;
    inset-inline-end: 0.2em;
    top: -0.2em;
    font: 700 1.25em/1 sans-serif;
    color: var(--_marker);
  }
  /* Without a range, the first labels under the band are not its ends. */
  .below > :not(.end-label) {
    text-align: center;
  }

  select {
    max-width: 100%;
    font: inherit;
  }
  .notice {
    margin: 0 0 0.75em;
    padding: 0.4em 0.6em;
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_surface-alt);
  }

`;
