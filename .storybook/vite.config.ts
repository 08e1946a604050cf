/**
 * The Vite config Storybook builds with (see framework.options.builder in main.ts). It is kept
 * apart from vite.config.ts, which builds the script-tag library bundle.
 *
 * The elements declare their reactive properties with `static properties` and class fields
 * compiled with `useDefineForClassFields: false`. Vite 8 compiles TypeScript with oxc, which
 * reads that from tsconfig.json; `tsconfig` points every file (stories included) at the repo's
 * tsconfig, and the oxc options below state the same settings outright, so a story can never get
 * define-semantics class fields (which would shadow Lit's reactive accessors).
 *
 * elementsPlugin serves `virtual:career-widgets-elements`, which registers the elements.
 */
import { defineConfig } from 'vite';
import { elementsPlugin } from './elements.ts';

export default defineConfig({
  tsconfig: 'tsconfig.json',
  oxc: {
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  plugins: [elementsPlugin()],
  build: { target: 'es2022' },
});
