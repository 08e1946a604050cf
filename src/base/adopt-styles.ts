import type { CSSResult, LitElement } from 'lit';

/**
 * Adds styles that arrive with code loaded on demand (the error view, a salary band's offer) to
 * an element's shadow root, once. They become a constructed stylesheet like the element's own,
 * which a strict Content Security Policy allows.
 */
export function adoptStyles(host: LitElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
