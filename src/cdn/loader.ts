/**
 * The script-tag autoloader, `dist/cdn/loader.js`. It defines only the career-widgets elements
 * a page uses, when they appear, and so downloads only their code and the data of the roles
 * they show:
 *
 *   <link rel="stylesheet" href="…/career-widgets.css">   (reserves space before definition)
 *   <script type="module" src="…/loader.js"></script>
 *   <salary-band role-id="security-technician"></salary-band>
 *
 * Elements added later are picked up too. Elements inside another component's shadow root are
 * not seen by the page's observer: load `career-widgets.js`, or the element's own module, there.
 */
import { ELEMENT_MODULES } from 'career-widgets-virtual/loader';
import type { ElementTag } from '../registry.js';

const requested = new Set<string>();

function load(tag: string): void {
  if (!Object.hasOwn(ELEMENT_MODULES, tag) || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  ELEMENT_MODULES[tag as ElementTag]().catch((error: unknown) => {
    // Let a later appearance of the tag try again, e.g. after a network hiccup.
    requested.delete(tag);
    console.warn(`[career-widgets] <${tag}> could not be loaded: ${String(error)}`);
  });
}

function scan(root: ParentNode): void {
  for (const element of root.querySelectorAll(':not(:defined)')) load(element.localName);
}

function start(): void {
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
