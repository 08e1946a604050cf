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
 * careerWidgets (scripts/vite-plugin.js) serves the modules made from the registry, such as
 * `career-widgets-virtual/define`, which registers every element.
 */
import { defineConfig } from 'vite';
import { careerWidgets } from '../scripts/vite-plugin.js';

export default defineConfig({
  tsconfig: 'tsconfig.json',
  oxc: {
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  plugins: [careerWidgets()],
  build: { target: 'es2022' },
});
