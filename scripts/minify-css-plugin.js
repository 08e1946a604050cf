/**
 * A Vite plugin that minifies the templates in our own sources before they are bundled:
 *
 * - the CSS in Lit's css`…` templates, with Lightning CSS (no comments, indentation or
 *   redundant rules). Only plain templates (no `${}` and no backslashes) are touched. Browser
 *   targets are not given, so modern syntax (light-dark(), container queries) is kept.
 * - the markup in html`…` templates: a run of white space that holds a line break becomes one
 *   space, which renders the same (the elements have no <pre> or <textarea>). Template
 *   literals are found with the TypeScript parser, so expressions are never touched.
 */
import { transform } from 'lightningcss';
import ts from 'typescript';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

/** Minifies one stylesheet; `where` names it in errors. */
export function minifyCss(text, where) {
  const { code } = transform({ filename: where, code: Buffer.from(text), minify: true });
  return code.toString();
}

/** Folds the line-breaking white space in the static parts of html`…` templates. */
export function minifyHtmlTemplates(code, where) {
  const source = ts.createSourceFile(where, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const fold = (start, end) => {
    const text = code.slice(start, end);
    const folded = text.replace(/\s*\n\s*/g, ' ');
    if (folded !== text) edits.push([start, end, folded]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        fold(template.getStart(source) + 1, template.end - 1);
      } else {
        fold(template.head.getStart(source) + 1, template.head.end - 2);
        for (const span of template.templateSpans) {
          const literal = span.literal;
          const tail = ts.isTemplateTail(literal);
          fold(literal.getStart(source) + 1, literal.end - (tail ? 1 : 2));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyLitCss() {
  return {
    name: 'career-widgets:minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = code;
      if (out.includes('css`')) out = out.replace(CSS_TEMPLATE, (_whole, text) => `css\`${minifyCss(text, id)}\``);
      if (out.includes('html`')) out = minifyHtmlTemplates(out, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
