/**
 * The reader's opening and closing of native `<details>` disclosures: the sub-parts of
 * <education-path> and <job-market> (disclosure-element.ts), the tiers of <career-ladder>, the
 * responsibilities of <role-overview> and the questions of <role-faq>.
 *
 * A `<details>` keeps its own open state: it opens without script (a server-rendered page),
 * and re-rendering the element leaves it alone, since no template binds `open`. Every element
 * renders its disclosures inside `keyed(role, …)`, so another role brings new `<details>`, all
 * closed, and a change of role reports nothing.
 */

/** What each `<details>` last reported, for browsers whose `toggle` event has no `oldState`. */
const reported = new WeakMap<HTMLDetailsElement, boolean>();

/**
 * Reads a `toggle` event of a `<details>` (its `currentTarget`): whether it is open now, when
 * that changed; `undefined` when nothing changed. The browser folds changes made in one task
 * into one event, which may leave the state as it was (opened and closed again), and a
 * `<details>` the element no longer shows (its role replaced) reports nothing.
 */
export function toggledOpen(event: Event): boolean | undefined {
  const details = event.currentTarget as HTMLDetailsElement;
  if (!details.isConnected) return undefined;
  const open = details.open;
  const { oldState } = event as Partial<ToggleEvent>;
  const was = oldState === undefined ? (reported.get(details) ?? false) : oldState === 'open';
  reported.set(details, open);
  return was === open ? undefined : open;
}
