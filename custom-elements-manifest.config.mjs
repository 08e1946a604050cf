/**
 * Custom Elements Manifest: generated from the JSDoc of the element classes. Storybook's
 * controls and docs, the README's element table and `customElements` in package.json use it.
 */
export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
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
