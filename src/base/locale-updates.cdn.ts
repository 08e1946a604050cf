/**
 * The script-tag bundles carry their own copy of @lit/localize, which no page code can
 * configure, so their text is always English (numbers, money and dates still follow the page's
 * `lang`). No locale switch can reach them, so there is none to follow.
 */
import type { ReactiveControllerHost } from 'lit';

export function updateWhenLocaleChanges(_host: ReactiveControllerHost): void {}
