/**
 * A test-runner command that emulates any media feature, including `forced-colors`, which the
 * built-in emulateMedia command does not pass on to puppeteer. Answers false where the engine
 * cannot emulate a feature, so a test can fall back to checking the style rules instead.
 *
 *   await executeServerCommand('cw-emulate-media', [{ name: 'forced-colors', value: 'active' }])
 */
export function emulateMediaFeaturesPlugin() {
  // The emulation lasts as long as its DevTools session, so each page keeps one.
  const sessions = new WeakMap();
  return {
    name: 'cw-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cw-emulate-media') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      try {
        // Chromium: the DevTools protocol takes every feature, forced-colors included.
        let client = sessions.get(page);
        if (!client) {
          client = await page.createCDPSession();
          sessions.set(page, client);
        }
        await client.send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      } catch {
        return false;
      }
    },
  };
}
