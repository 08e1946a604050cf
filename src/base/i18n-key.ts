/**
 * The key of a message among a locale's strings: a 32-bit FNV-1a hash of its text (a template's
 * strings joined by U+001E, as @lit/localize joins them for its ids), in base 36, after `h` for
 * an `html` template or `s` for any other. The build plugin (scripts/vite-plugin.js) keys the
 * strings it writes with this same function, and stops if two messages share a key.
 */
export function messageKey(strings: string | readonly string[], html: boolean): string {
  const text = typeof strings === 'string' ? strings : strings.join('\x1e');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (html ? 'h' : 's') + (hash >>> 0).toString(36);
}
