/**
 * Finds the browsers the test suite drives: Chromium and Firefox, installed on the machine.
 *
 * Set CHROME_PATH or FIREFOX_PATH to point at a browser anywhere. Otherwise the usual system
 * locations are searched; when a browser is missing and this runs as root on a system with
 * apt-get, Debian's `chromium` and `firefox-esr` packages are installed.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
};

/** The executable of `name`, or undefined when none is installed. */
export function findBrowser(name) {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find((path) => existsSync(path));
}

function canInstallWithApt() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns `{ chromium, firefox }` executables, installing Debian's packages when possible.
 * Throws an Error whose message says how to point the suite at a browser when it cannot.
 */
export function ensureBrowsers({ log = console.log } = {}) {
  const missing = Object.keys(CANDIDATES).filter((name) => !findBrowser(name));
  if (missing.length > 0 && canInstallWithApt()) {
    const packages = missing.map((name) => CANDIDATES[name].apt);
    log(`Installing ${packages.join(' and ')} with apt-get (needed for the browser tests)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const found = { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
  const still = Object.entries(found)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  if (still.length > 0) {
    const hints = still
      .map((name) => `  ${CANDIDATES[name].env}=/path/to/${name}   (or install the "${CANDIDATES[name].apt}" package)`)
      .join('\n');
    throw new Error(
      `The browser tests need ${still.join(' and ')}, and none was found.\n` +
        `Install it, or point the suite at an installed browser:\n${hints}`,
    );
  }
  return found;
}
