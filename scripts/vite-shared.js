/** Build settings shared by every bundle career-widgets ships. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every element tag, from the registration modules in src/define/. */
export const ELEMENT_TAGS = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

/**
 * Chunk names: role data under roles/<id>/<part>-<hash>.js, fetched relative to the module
 * that imports it, and shared code under `dir`.
 */
export function chunkFileNames(dir) {
  return (chunk) => {
    const match = chunk.facadeModuleId?.match(/generated\/roles\/([^/]+)\/[^/]+\.json$/);
    return match ? `roles/${match[1]}/[name]-[hash].js` : `${dir}/[name]-[hash].js`;
  };
}

/**
 * @lit/localize declares no `sideEffects`, so a bundle keeps its whole runtime (configureLocalization
 * and its state) even where only msg(), str and updateWhenLocaleChanges are used. The script-tag
 * bundles never configure it, so its modules count as free of side effects there.
 */
export const LOCALIZE_RUNTIME_UNUSED = (id) => (/node_modules\/@lit\/localize\//.test(id) ? false : undefined);

/**
 * The script-tag builds find each role's data files by name, `roles/<id>/<part>.js`, so no index
 * of them travels with the code. This plugin writes those files (from the JSON that
 * scripts/split-roles.js makes), swaps three modules of the npm build for their script-tag
 * versions (the role files; the parts as keys alone; locale updates, which a bundle's own copy
 * of @lit/localize never sends), and gives role-files.cdn.ts the URL of
 * the `roles/` directory relative to whichever chunk its code lands in.
 */
export function scriptTagBuild() {
  const FILES = 'src/data/generated/files';
  const swaps = [
    [/\/src\/data\//, /^\.\/role-files\.js$/, resolve('src/data/role-files.cdn.ts')],
    [/\/src\/data\//, /^\.\/generated\/parts\/index\.js$/, resolve('src/data/generated/parts-by-key.ts')],
    [/\/src\/base\//, /^\.\/locale-updates\.js$/, resolve('src/base/locale-updates.cdn.ts')],
  ];
  let anchor;
  return {
    name: 'career-widgets-script-tag',
    enforce: 'pre',
    buildStart() {
      for (const id of readdirSync(FILES).sort()) {
        for (const file of readdirSync(`${FILES}/${id}`).sort()) {
          const json = readFileSync(`${FILES}/${id}/${file}`, 'utf8');
          const fileName = `roles/${id}/${file.replace(/\.json$/, '.js')}`;
          const ref = this.emitFile({ type: 'asset', fileName, source: `export default ${json};\n` });
          if (file === 'core.json') anchor ??= ref;
        }
      }
    },
    resolveId(source, importer) {
      const swap = importer && swaps.find(([from, pattern]) => from.test(importer) && pattern.test(source));
      return swap ? swap[2] : null;
    },
    transform(code, id) {
      if (!id.endsWith('/src/data/role-files.cdn.ts')) return null;
      // roles/<id>/core.js is in roles/<id>/, so roles/ is one level up from it.
      return code.replace(
        /(?<!declare const )__CW_ROLES_URL__/,
        `new URL('../', import.meta.ROLLUP_FILE_URL_${anchor}).href`,
      );
    },
  };
}
