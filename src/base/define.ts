/**
 * Registers an element without ever throwing. Third-party pages load widgets twice, or two
 * versions side by side; the first definition stays and the page gets one console warning.
 */
import { VERSION } from '../version.js';

const warned = new Set<string>();

type Versioned = CustomElementConstructor & { cwVersion?: string };

export function defineElement(tag: string, element: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== element && !warned.has(tag)) {
      warned.add(tag);
      const theirs = existing.cwVersion ?? 'another library';
      const ours = element.cwVersion ?? VERSION;
      const note = theirs === ours ? `the same version (${ours})` : `version ${theirs}; this copy is ${ours}`;
      console.warn(
        `[career-widgets] <${tag}> is already defined by ${note}. Keeping the first definition. Load career-widgets once per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`[career-widgets] <${tag}> could not be defined: ${(error as Error).message}`);
  }
}
