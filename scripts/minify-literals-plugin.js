/**
 * Minifies the css`…` and html`…` templates of our own sources in a build, with minify-literals
 * (Lightning CSS for styles, html-minifier-next for markup), which keeps source maps right.
 * White space in markup collapses to one space, never to none, so text renders as written.
 * Every build of the elements, the server's included, minifies them alike: a server-rendered
 * element hydrates only if its templates are the same, character for character.
 */
import { minifyHTMLLiterals } from 'minify-literals';

const OPTIONS = {
  html: {
    collapseWhitespace: true,
    conservativeCollapse: true,
    removeEmptyAttributes: false,
    minifyJS: false,
  },
};

export function minifyLiterals() {
  return {
    name: 'career-widgets:minify-literals',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      // src/ssr/ builds the element's own tag around it on the server: nothing there is hydrated.
      if (!/\/src\/.*\.ts$/.test(id) || /\/src\/ssr\//.test(id) || !/(html|css|svg)`/.test(code)) return null;
      return (await minifyHTMLLiterals(code, { ...OPTIONS, fileName: id })) ?? null;
    },
  };
}
