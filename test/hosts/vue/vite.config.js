import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// #region readme
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  // Tell Vue that tags with a dash are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
});
// #endregion
