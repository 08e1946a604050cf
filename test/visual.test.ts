/**
 * What every element looks like: a screenshot of each (but <career-role>, which draws nothing)
 * for each bundled role, narrow (360px) and wide (1000px), in the light and the dark theme,
 * compared with its baseline in test/screenshots/baseline/<tag>/. A guide is drawn with two of
 * its sections (see ATTRIBUTES). A salary band also has its offer, and 200% text, drawn. Chromium draws the baselines; the file runs in Chromium alone
 * (web-test-runner.config.js), and skips itself anywhere else.
 *
 * `npm run test:screenshots` compares; `npm run test:screenshots -- --update` writes new
 * baselines. A failed comparison leaves the new screenshot and a picture of the difference in
 * test/screenshots/failed/ (not committed).
 */
import { fixture } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/index.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import { BUNDLED_ROLE_IDS } from '../src/data/role-ids.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { build, settledDeep } from './helpers.js';

type Shown = RoleSourceElement & { updateComplete: Promise<boolean> };

const WIDTHS = { narrow: 360, wide: 1000 } as const;
const THEMES = ['light', 'dark'] as const;
const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
/**
 * The attributes each element is drawn with. A whole guide is every other element one after the
 * other (about 1 MB of PNG per screenshot, and seconds to compare): its own parts (heading, table
 * of contents, section wrappers) are drawn around two sections, which are drawn on their own too.
 */
const ATTRIBUTES: Partial<Record<string, Record<string, string>>> = {
  'career-guide': { sections: 'salary-band, work-life-balance' },
};

/**
 * One element per theme, side by side in a box `width` px wide, in a sans-serif page font, with
 * no text caret: each is screenshot on its own.
 */
async function drawn(
  tag: string,
  roleId: string,
  width: number,
  extra: { attributes?: Record<string, string>; fontSize?: string } = {},
): Promise<Record<(typeof THEMES)[number], Shown>> {
  const elements = THEMES.map((theme) =>
    build<Shown>(tag, { roleId, attributes: { theme, ...extra.attributes } }),
  );
  const box = document.createElement('div');
  box.className = 'shots';
  box.style.width = `${width}px`;
  if (extra.fontSize) box.style.fontSize = extra.fontSize;
  box.append(...elements);
  await fixture(box);
  await Promise.all(elements.map((el) => settledDeep(el)));
  await document.fonts.ready;
  // Two frames: whatever an element placed after its update is painted.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { light: elements[0]!, dark: elements[1]! };
}

/** Compares each screenshot with its baseline, and fails with every difference found. */
async function compare(shots: readonly [Node, string][]): Promise<void> {
  const failures: string[] = [];
  for (const [node, name] of shots) {
    try {
      await visualDiff(node, name);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

describe('screenshots', function () {
  before(async function () {
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    await setViewport({ width: 1100, height: 900 });
    // No pulse, no transition: the picture is the same at any moment.
    await emulateMedia({ reducedMotion: 'reduce' });
    const style = document.createElement('style');
    style.textContent = `body { margin: 0; font-family: sans-serif; }
      .shots { display: flex; flex-direction: column; gap: 16px; padding: 8px; caret-color: transparent; }`;
    document.head.append(style);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const roleId of BUNDLED_ROLE_IDS) {
        for (const [size, width] of Object.entries(WIDTHS)) {
          it(`${roleId}, ${size}, light and dark`, async () => {
            const shown = await drawn(tag, roleId, width, { attributes: ATTRIBUTES[tag] ?? {} });
            await compare(THEMES.map((theme) => [shown[theme], `${tag}/${roleId}-${size}-${theme}`]));
          });
        }
      }
    });
  }

  describe('<salary-band> with an offer, and at 200% text', () => {
    for (const [size, width] of Object.entries(WIDTHS)) {
      it(`an offer below the median, ${size}, light and dark`, async () => {
        const attributes = { 'offer-min': '50000', 'offer-max': '56000' };
        const shown = await drawn('salary-band', 'security-technician', width, { attributes });
        await compare(THEMES.map((theme) => [shown[theme], `salary-band/offer-${size}-${theme}`]));
      });
      it(`200% text, with an offer, ${size}, light and dark`, async () => {
        const attributes = { 'offer-min': '50000', 'offer-max': '56000' };
        const shown = await drawn('salary-band', 'security-technician', width, { attributes, fontSize: '200%' });
        await compare(THEMES.map((theme) => [shown[theme], `salary-band/text-200-offer-${size}-${theme}`]));
      });
    }
  });
});
