/**
 * A list of points, each led by a decorative icon: `<ul class="list">` of `<li class="item">`,
 * each an `<svg class="icon">` and a `<span class="text">` (<career-advice>, <pros-cons>). The
 * element colours the icons.
 */
import { css } from 'lit';

export const iconListStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .item + .item {
    margin-top: 0.4em;
  }
  .item .icon {
    flex: none;
    width: 1em;
    height: 1em;
    /* Centres the icon on the first line of text (line-height 1.5). */
    margin-top: 0.25em;
  }
  .item .text {
    min-width: 0;
  }
`;
