/**
 * Storybook preview: registers every element of the registry (src/registry.ts, so a new element
 * is picked up without editing this file), feeds custom-elements.json to Storybook and to
 * @wc-toolkit/storybook-helpers for controls and docs, turns accessibility violations into
 * errors, and puts a locale switch in the toolbar: the preview page's `lang`, which the elements
 * speak, and its `dir`.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json' with { type: 'json' };
import type { CwParameters } from '../stories/story-helpers.js';
// Registers every element of the registry.
import 'career-widgets-virtual/define';

/** The toolbar's locales: the elements' four, and a right-to-left page (its words are English). */
const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'fr', title: 'Français' },
  { value: 'de', title: 'Deutsch' },
  { value: 'ar', title: 'العربية: right to left, English words' },
];
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({
  hideArgRef: true,
  // CSS property and part controls write a <style> scoped to the story's own element, so a
  // story with custom tokens leaves the other stories on a docs page alone.
  useScopedStyles: true,
});

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'The language of the page (lang), which the elements speak, and its direction (dir)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Storybook 10: 'error' makes every axe violation fail the story's accessibility test.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  decorators: [
    // The page's language and direction: every element without a lang of its own follows them.
    (story, { globals }) => {
      const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
      document.documentElement.lang = locale;
      document.documentElement.dir = RIGHT_TO_LEFT.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
      return story();
    },
    // Tells scripts/storybook-check.js what this story expects (parameters.cw).
    (story, { parameters, viewMode }) => {
      if (viewMode === 'story') {
        document.documentElement.dataset.cwCheck = JSON.stringify((parameters.cw ?? {}) satisfies CwParameters);
      }
      return story();
    },
  ],
};

export default preview;
