/**
 * The script-tag autoloader, `dist/cdn/loader.js`. It defines only the career-widgets elements
 * a page uses, when they appear, and so downloads only their code and the data of the roles
 * they show:
 *
 *   <link rel="stylesheet" href="…/career-widgets.css">   (reserves space before definition)
 *   <script type="module" src="…/loader.js"></script>
 *   <salary-band role-id="security-technician"></salary-band>
 *
 * Elements added later are picked up too. On a page with server-rendered elements (see
 * `career-widgets/ssr`), it first fetches Lit's hydration support, so that the elements take over
 * the server's markup instead of rendering it again. Elements inside another component's shadow root are
 * not seen by the page's observer: load `career-widgets.js`, or the element's own module, there.
 */
import { ELEMENT_MODULES } from 'career-widgets-virtual/loader';
import type { ElementTag } from '../registry.js';

const requested = new Set<string>();

/** Set when the page holds server-rendered elements: every element waits for hydration support. */
let hydrating: Promise<void> | undefined;

function load(tag: string): void {
  if (!Object.hasOwn(ELEMENT_MODULES, tag) || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const define = ELEMENT_MODULES[tag as ElementTag];
  (hydrating ? hydrating.then(define) : define()).catch((error: unknown) => {
    // Let a later appearance of the tag try again, e.g. after a network hiccup.
    requested.delete(tag);
    console.warn(`[career-widgets] <${tag}> could not be loaded: ${String(error)}`);
  });
}

function scan(root: ParentNode): void {
  for (const element of root.querySelectorAll(':not(:defined)')) load(element.localName);
}

function start(): void {
  // career-widgets/ssr marks what it renders with `ssr`.
  if (document.querySelector('[ssr]')) {
    // Without it the elements would still work, rendering afresh over the server's markup.
    hydrating = import('./hydrate.js')
      .then(({ loadHydrateSupport }) => loadHydrateSupport())
      .catch((error: unknown) => {
        console.warn(`[career-widgets] hydration support could not be loaded: ${String(error)}`);
      });
  }
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          load(node.localName);
          scan(node);
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// Loading the loader twice must not observe twice.
const flag = Symbol.for('career-widgets/loader');
const registry = globalThis as { [flag]?: boolean };
if (!registry[flag]) {
  registry[flag] = true;
  start();
}
