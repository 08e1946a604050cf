/**
 * Storybook for career-widgets (Storybook 10, web components on Vite).
 *
 * Stories live in stories/: stories/<tag>.stories.ts for each element of the registry
 * (src/registry.ts), and story files without a dash in their name (theming, compositions).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
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
