import type { Plugin } from 'vite';

/** Minifies one stylesheet with Lightning CSS; `where` names it in errors. */
export function minifyCss(text: string, where: string): string;
/** A Vite plugin that minifies Lit's css`…` templates in our own sources. */
export function minifyLitCss(): Plugin;
