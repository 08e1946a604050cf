/**
 * How `<salary-band>` places its marks: each mark carries its custom properties in `data-place`
 * (`--_at:15%;--_w:4.2em`), which the browser copies to its style through the CSSOM, allowed
 * under a strict Content Security Policy. A server also writes them as the `style` attribute,
 * so the page reads right before any script runs; on hydration the same values replace them.
 *
 * The properties say where a mark stands along the band, never on which side of the screen:
 * `--_at` (and an offer's `--_from` and `--_to`) is a percentage from the band's start, its
 * lowest figure; `--_w` a width. The styles turn them into logical insets (`inset-inline-start`,
 * `inset-inline-end`), so the same values draw the band from the left, or from the right under
 * `dir="rtl"` (salary-band.styles.ts). A new kind of mark takes its places here in the same way.
 */
import { isServer, nothing } from 'lit';

/** A mark's custom properties as declarations: `{ at: '15%' }` gives `--_at:15%`. */
export const placed = (properties: Record<string, string | number>): string =>
  Object.entries(properties)
    .map(([name, value]) => `--_${name}:${value}`)
    .join(';');

/** The declarations as a `style` attribute, written on the server only. */
export const serverStyle = (place: string): string | typeof nothing => (isServer ? place : nothing);

/** Sets each mark's declarations from its `data-place`, through the CSSOM. */
export function placeMarks(root: ParentNode): void {
  for (const mark of root.querySelectorAll<HTMLElement>('[data-place]')) {
    for (const declaration of mark.dataset['place']!.split(';')) {
      const [name, value] = declaration.split(':');
      mark.style.setProperty(name!, value!);
    }
  }
}
