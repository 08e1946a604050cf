/**
 * A Vite plugin that minifies the CSS inside Lit's css`…` templates of our own sources with
 * Lightning CSS, so shipped bundles carry no comments, indentation or redundant rules. Only
 * plain templates (no `${}` and no backslashes) are touched; anything else stays as written.
 * Browser targets are not given, so modern syntax (light-dark(), container queries) is kept.
 */
import { transform } from 'lightningcss';

const TEMPLATE = /\bcss`([^`$\\]*)`/g;

/** Minifies one stylesheet; `where` names it in errors. */
export function minifyCss(text, where) {
  const { code } = transform({ filename: where, code: Buffer.from(text), minify: true });
  return code.toString();
}

export function minifyLitCss() {
  return {
    name: 'career-widgets:minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(TEMPLATE, (_whole, text) => {
        changed = true;
        return `css\`${minifyCss(text, id)}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
