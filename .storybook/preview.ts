/**
 * Storybook preview: registers every element of the registry (src/registry.ts, so a new element
 * is picked up without editing this file), feeds custom-elements.json to Storybook and to
 * @wc-toolkit/storybook-helpers for controls and docs, and turns accessibility violations into
 * errors.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json' with { type: 'json' };
import type { CwParameters } from '../stories/story-helpers.js';
// Registers every element of the registry.
import 'career-widgets-virtual/define';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({
  hideArgRef: true,
  // CSS property and part controls write a <style> scoped to the story's own element, so a
  // story with custom tokens leaves the other stories on a docs page alone.
  useScopedStyles: true,
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Storybook 10: 'error' makes every axe violation fail the story's accessibility test.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  decorators: [
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
