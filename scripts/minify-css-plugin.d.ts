import type { Plugin } from 'vite';

/** Minifies one stylesheet with Lightning CSS; `where` names it in errors. */
export function minifyCss(text: string, where: string): string;
/** A Vite plugin that minifies the css`…` and html`…` templates in our own sources. */
export function minifyLitCss(): Plugin;
/** Folds the line-breaking white space in the static parts of html`…` templates. */
export function minifyHtmlTemplates(code: string, where: string): string;
