/**
 * Registers an element without ever throwing. Third-party pages load widgets twice, or two
 * versions side by side; the first definitions stay and the page gets one console warning,
 * however many copies and tags are involved.
 */
import { VERSION } from '../version.js';

type Versioned = CustomElementConstructor & { cwVersion?: string };

// Shared by every copy of career-widgets on the page, so only the first duplicate speaks.
const WARNED = Symbol.for('career-widgets/duplicate-warned');
const page = globalThis as { [WARNED]?: boolean };

export function defineElement(tag: string, element: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== element && !page[WARNED]) {
      page[WARNED] = true;
      const theirs = existing.cwVersion ?? 'another library';
      const ours = element.cwVersion ?? VERSION;
      const note = theirs === ours ? `the same version (${ours})` : `version ${theirs}; this copy is ${ours}`;
      console.warn(
        `[career-widgets] loaded more than once: <${tag}> is already defined by ${note}. Keeping the first definitions. Load career-widgets once per page.`,
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
