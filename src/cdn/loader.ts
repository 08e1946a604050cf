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
import { ELEMENT_TAGS, type ElementTag } from '../element-tags.js';

const ELEMENTS: Record<ElementTag, () => Promise<unknown>> = {
  'career-role': () => import('../define/career-role.js'),
  'salary-band': () => import('../define/salary-band.js'),
  'career-ladder': () => import('../define/career-ladder.js'),
  'skill-map': () => import('../define/skill-map.js'),
  'role-faq': () => import('../define/role-faq.js'),
  'education-path': () => import('../define/education-path.js'),
  'tech-stack': () => import('../define/tech-stack.js'),
  'job-market': () => import('../define/job-market.js'),
  'related-roles': () => import('../define/related-roles.js'),
  'day-in-the-life': () => import('../define/day-in-the-life.js'),
  'pros-cons': () => import('../define/pros-cons.js'),
  'case-studies': () => import('../define/case-studies.js'),
  'career-advice': () => import('../define/career-advice.js'),
  'role-overview': () => import('../define/role-overview.js'),
  'market-demand': () => import('../define/market-demand.js'),
  'work-life-balance': () => import('../define/work-life-balance.js'),
  'career-guide': () => import('../define/career-guide.js'),
};

const requested = new Set<string>();

function isElementTag(tag: string): tag is ElementTag {
  return (ELEMENT_TAGS as readonly string[]).includes(tag);
}

function load(tag: string): void {
  if (!isElementTag(tag) || requested.has(tag) || customElements.get(tag)) return;
  const define = ELEMENTS[tag];
  requested.add(tag);
  define().catch((error: unknown) => {
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
          if (node.firstElementChild) scan(node);
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
