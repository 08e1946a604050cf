/**
 * The script-tag build's version of element-modules.ts: each element is an entry of the build
 * at `lazy/<tag>.js` beside the loader, so the loader needs only the tag to find it, and
 * carries no table of hashed file names.
 */
import type { ElementTag } from '../element-tags.js';

/** Imports the module that defines `tag`, from dist/cdn/lazy/. */
export function importElement(tag: ElementTag): Promise<unknown> {
  // Plain string work, so the bundler leaves the URL to the browser.
  const here = import.meta.url.replace(/[^/]*$/, '');
  return import(/* @vite-ignore */ `${here}lazy/${tag}.js`);
}
