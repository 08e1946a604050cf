/**
 * Lit's hydration support for the script-tag loader, loaded only by pages that hold
 * server-rendered elements (see `career-widgets/ssr`).
 */
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Applies Lit's hydration support to LitElement before any element is defined. LitElement applies
 * it by itself only when the support loaded first; here Lit has (this module imports it), so the
 * support is applied by hand, once.
 */
export async function loadHydrateSupport(): Promise<void> {
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}
