/**
 * Styles every element shares: design tokens, light and dark, the state boxes, focus, forced
 * colours and reduced motion. The error view brings the rest of its own styles (error-view.ts).
 *
 * Tokens come in two layers. A page sets public properties, either global (`--cw-color-accent`)
 * or per element (`--cw-salary-band-bar-color`, which falls back to the global one), and the
 * elements read private `--_*` copies. Colours use `light-dark()`, so `color-scheme` alone
 * switches the theme: the OS preference by default, `theme="light|dark"` to force one.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_text: var(--cw-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--cw-color-text-muted, light-dark(#50505a, #b9b9c4));
    --_surface: var(--cw-color-surface, light-dark(#ffffff, #1d1d22));
    --_surface-alt: var(--cw-color-surface-alt, light-dark(#f3f4f8, #2a2a31));
    --_border: var(--cw-color-border, light-dark(#c4c6d0, #4a4a55));
    --_accent: var(--cw-color-accent, light-dark(#1f4fbf, #9cb8ff));
    --_accent-soft: var(--cw-color-accent-soft, light-dark(#dbe5ff, #2c3a63));
    --_on-accent: var(--cw-color-on-accent, light-dark(#ffffff, #0d1633));
    --_danger: var(--cw-color-danger, light-dark(#a4221a, #ffb4ab));
    --_focus: var(--cw-color-focus, light-dark(#1f4fbf, #9cb8ff));
    --_radius: var(--cw-radius, 0.5em);
    --_space: var(--cw-space, 1em);
    --_font: var(--cw-font-family, inherit);

    display: block;
    container-type: inline-size;
    color-scheme: light dark;
    /* Never smaller than 12px, whatever the page does to its root font size. */
    font-size: max(1em, 12px);
    font-family: var(--_font);
    /* Inherited values a host page may set oddly; the element lays out its own text. */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    line-height: 1.3;
    font-weight: 700;
  }
  .subheading {
    margin: 1em 0 0.4em;
    font-size: 1em;
    line-height: 1.3;
    font-weight: 700;
  }

  p {
    margin: 0 0 0.5em;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* Text with a fixed number of lines (--_lines of --_line each): clamped when longer, padded
     when shorter. Elements that keep a fixed height use it. */
  .lines {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
    min-height: calc(var(--_lines) * var(--_line));
    max-height: calc(var(--_lines) * var(--_line));
    line-height: var(--_line);
  }

  .muted {
    color: var(--_muted);
  }
  .message {
    margin: 0;
  }
  .small {
    font-size: max(0.875em, 12px);
  }

  .sources {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
  }

  .state-error {
    border-color: var(--_danger);
    border-inline-start-width: 0.3em;
  }

  .state-unset,
  .state-absent {
    background: var(--_surface-alt);
  }

  /* Loading placeholders: grey bars that keep the space the content will take. */
  .skeleton {
    display: block;
    height: 1em;
    margin: 0.25em 0 0.75em;
    border-radius: 0.25em;
    background: var(--_surface-alt);
    animation: cw-pulse 1.4s ease-in-out infinite;
  }
  /* The placeholder of the small print naming the sources; an element may change its width. */
  .skeleton.sources-line {
    width: 40%;
    height: 0.8em;
    margin: 0.9em 0 0;
  }
  @keyframes cw-pulse {
    50% {
      opacity: 0.5;
    }
  }

  button {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_accent-soft);
  }

  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
