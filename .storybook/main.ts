/**
 * Storybook for career-widgets (Storybook 10, web components on Vite).
 *
 * Stories live in stories/. A story file named after an element (a dash in its name, as in
 * stories/<tag>.stories.ts) is loaded only while that element is (see elements.ts): a file
 * can be written ahead of its element, and stories/career-guide.stories.ts waits for
 * <career-guide> this way. Story files without a dash (theming, compositions) always load.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { ROOT, usableTags } from './elements.ts';

const tags = usableTags();
const stories = readdirSync(join(ROOT, 'stories'))
  .filter((name) => name.endsWith('.stories.ts'))
  .filter((name) => {
    const base = name.replace(/\.stories\.ts$/, '');
    return !base.includes('-') || tags.includes(base);
  })
  .sort()
  .map((name) => `../stories/${name}`);

const config: StorybookConfig = {
  stories,
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config, not the library build's (vite.config.ts is a lib build).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
