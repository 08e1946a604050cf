/**
 * Custom Elements Manifest: generated from the JSDoc of the element classes, with each element's
 * tag and summary from the registry (src/registry.ts). Storybook's controls and docs, the
 * README's element table and `customElements` in package.json use it.
 */
import { tsImport } from 'tsx/esm/api';

const { ELEMENTS } = await tsImport('./src/registry.ts', import.meta.url);

export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'registry',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const entry = ELEMENTS.find((element) => element.className === declaration.name);
            if (!entry || !mod.path.endsWith(`components/${entry.tag}/${entry.tag}.ts`)) continue;
            Object.assign(declaration, { tagName: entry.tag, customElement: true, summary: entry.summary });
          }
        }
      },
    },
    {
      // The analyzer also lists dispatchEvent calls whose name it cannot read (the shared
      // cw-error helper); the named @fires entries already describe them.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
