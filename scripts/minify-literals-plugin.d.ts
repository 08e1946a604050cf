import type { Plugin } from 'vite';

/** Minifies the css`…` and html`…` templates of our own sources in a build. */
export function minifyLiterals(): Plugin;
