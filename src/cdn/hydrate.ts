/**
 * Lit's hydration support for the script-tag loader, loaded only by pages that hold
 * server-rendered elements (see `career-widgets/ssr`).
 */
type HydrateSupport = (lit: { LitElement: unknown }) => void;
const HOOK = 'litElementHydrateSupport';

/**
 * Lit's hydration support, for pages that hold server-rendered elements (see
 * `career-widgets/ssr`); other pages never fetch it. It must patch LitElement before any element
 * is defined. LitElement applies it when it loads after it; when Lit arrived first (in the same
 * file as the code hydration uses), it is applied here. Either way it is applied once.
 */
export async function loadHydrateSupport(): Promise<void> {
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  const page = globalThis as { [HOOK]?: HydrateSupport };
  const support = page[HOOK];
  if (!support) return;
  let applied = false;
  page[HOOK] = (lit) => {
    if (applied) return;
    applied = true;
    support(lit);
  };
  page[HOOK]({ LitElement: (await import('lit')).LitElement });
}
