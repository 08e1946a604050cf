/**
 * Test-runner commands that use the DevTools protocol (Chromium; they answer false elsewhere).
 *
 * `cw-emulate-media` emulates any media feature, including `forced-colors`, which the
 * built-in emulateMedia command does not pass on to puppeteer. Answers false where the engine
 * cannot emulate a feature, so a test can fall back to checking the style rules instead.
 *
 *   await executeServerCommand('cw-emulate-media', [{ name: 'forced-colors', value: 'active' }])
 */
export function emulateMediaFeaturesPlugin() {
  // The emulation lasts as long as its DevTools session, so each page keeps one.
  const sessions = new WeakMap();
  return {
    name: 'cw-devtools',
    async executeCommand({ command, payload, session }) {
      if (command === 'cw-count-instances') return countInstances(session, payload);
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

/**
 * `cw-count-instances`: collects garbage, then counts the live objects whose prototype chain
 * holds the value of the global `payload.global` (e.g. an element base class's prototype).
 */
async function countInstances(session, payload) {
  // false, not null: the runner reads null as "no plugin handled this command".
  const page = session.browser.getPage?.(session.id);
  if (!page?.createCDPSession) return false;
  let client;
  try {
    client = await page.createCDPSession();
    await client.send('HeapProfiler.enable');
    await client.send('HeapProfiler.collectGarbage');
    const { result: prototype } = await client.send('Runtime.evaluate', {
      expression: `globalThis[${JSON.stringify(payload.global)}]`,
    });
    const { objects } = await client.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
    const { result } = await client.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return result.value;
  } catch {
    return false;
  } finally {
    await client?.detach().catch(() => {});
  }
}
