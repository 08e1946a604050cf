/**
 * The in-page half of `npm run bench` (scripts/bench.ts): `cwBench(tag, n, runs)` times `n`
 * elements against their finished shadow DOM inserted as static markup, and returns the medians
 * in milliseconds.
 */
const stage = () => document.getElementById('stage');

const shown = (el) => el.state === 'ready' || el.state === 'error';

/**
 * Waits until every element has rendered its role (or an error): each fires `cw-load` or
 * `cw-error` once that render is done, and its update has finished when `updateComplete`
 * resolves. Nothing here waits for an animation frame: a frame would also paint the page, and
 * wait for the next vsync, which the static side is never charged for.
 */
function settle(elements) {
  return Promise.all(
    elements.map(
      (el) =>
        new Promise((resolve) => {
          const done = () => {
            if (!shown(el)) return; // a cw-error about an attribute, not the role
            el.removeEventListener('cw-load', done);
            el.removeEventListener('cw-error', done);
            resolve(el.updateComplete);
          };
          el.addEventListener('cw-load', done);
          el.addEventListener('cw-error', done);
          done();
        }),
    ),
  );
}

/** Inserts `n` elements, waits for them to render, lays the page out. */
async function renderElements(tag, n) {
  stage().replaceChildren();
  const started = performance.now();
  const elements = Array.from({ length: n }, () => {
    const el = document.createElement(tag);
    // <role-compare> compares roles: the technician beside the engineer.
    if (tag === 'role-compare') el.setAttribute('role-ids', 'security-technician,security-engineer');
    else el.setAttribute('role-id', 'security-technician');
    return el;
  });
  stage().append(...elements);
  await settle(elements);
  void stage().offsetHeight;
  return { ms: performance.now() - started, first: elements[0] };
}

/** One element's shadow DOM as static markup: its styles as <style>, in a declarative shadow root. */
function staticMarkup(element) {
  const css = element.shadowRoot.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  return `<div><template shadowrootmode="open"><style>${css}</style>${element.shadowRoot.innerHTML}</template></div>`;
}

/** Inserts `n` copies of `markup`, lays the page out. */
function renderStatic(markup, n) {
  stage().replaceChildren();
  const started = performance.now();
  stage().setHTMLUnsafe(markup.repeat(n));
  void stage().offsetHeight;
  return performance.now() - started;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

window.cwBench = async (tag, n, runs) => {
  await customElements.whenDefined(tag);
  // Warm-up: the element's code and role data are loaded before anything is timed.
  const { first } = await renderElements(tag, n);
  const markup = staticMarkup(first);
  renderStatic(markup, n);
  const element = [];
  const plain = [];
  for (let run = 0; run < runs; run++) {
    element.push((await renderElements(tag, n)).ms);
    plain.push(renderStatic(markup, n));
  }
  stage().replaceChildren();
  // Each element run is followed at once by its static run, so the two share whatever else the
  // machine is doing; the ratio is the median of these pairs' ratios.
  const ratios = element.map((ms, run) => ms / plain[run]);
  return { element: median(element), static: median(plain), ratio: median(ratios) };
};
