/** Build settings shared by every bundle career-widgets ships. */
import { readdirSync } from 'node:fs';

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
