import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import type { Role, Section } from '../../data/schema.js';
import { dayInTheLifeStyles } from './day-in-the-life.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/day-in-the-life';
import STRINGS from 'career-widgets-virtual/strings-of/day-in-the-life';

/** One block of a typical day: "Morning", 09:00–12:00, its focus and its tasks. */
export type DayBlock = Section<'dayInTheLife'>['blocks'][number];

const SKELETON_BLOCKS = 3;
const SKELETON_TASKS = 5;

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A 24-hour clock time from the data ("09:00") as the language writes it: "9:00 AM" in en-US,
 * "09:00" in de. The time is read as a wall-clock time, with no time-zone shift.
 */
export function formatClockTime(lang: string, time: string): string {
  let format = clockFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' });
    clockFormats.set(lang, format);
  }
  const [hours, minutes] = time.split(':').map(Number);
  return format.format(new Date(Date.UTC(1970, 0, 1, hours ?? 0, minutes ?? 0)));
}

/**
 * The blocks form an ordered list, so assistive technology announces each one's position, and
 * each block is a sub-heading ("Morning") followed by its time span, its focus and its list of
 * tasks. Times are real `<time datetime="09:00">` elements, written in the element's language
 * ("9:00 AM – 12:00 PM" in American English, "09:00 – 12:00" in German). A line joins the
 * blocks' markers; in containers of 36em or more the time spans stand in a column of their own
 * before the line.
 *
 * @csspart timeline - The ordered list of blocks.
 * @csspart block - Each block of the day (list item).
 * @csspart marker - Each block's dot on the timeline (decorative).
 * @csspart subheading - Each block's label: "Morning", "Afternoon"…
 * @csspart time - Each block's time span.
 * @csspart focus - Each block's focus.
 * @csspart tasks - Each block's list of tasks.
 * @csspart task - Each task.
 *
 * @cssproperty --cw-day-in-the-life-marker-color - Colour of the block markers; falls back to `--cw-color-accent`.
 * @cssproperty --cw-day-in-the-life-line-color - Colour of the line joining the markers; falls back to `--cw-color-border`.
 */
export class DayInTheLife extends CareerElement {
  static override styles = [...CareerElement.styles, dayInTheLifeStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role
      ? this.withData(role, msg(str`A day in the life: ${role.title}`), role.title)
      : msg('A day in the life');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No typical day is described for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="timeline skeleton-timeline">
        ${Array.from(
          { length: SKELETON_BLOCKS },
          () =>
            html`<div class="block">
              <span class="marker skeleton-marker"></span>
              <span class="skeleton label"></span>
              <span class="skeleton time-shape"></span>
              <span class="skeleton focus-shape"></span>
              <span class="tasks skeleton-tasks">
                ${Array.from({ length: SKELETON_TASKS }, () => html`<span class="skeleton task-shape"></span>`)}
              </span>
            </div>`,
        )}
      </div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const blocks = role.dayInTheLife!.blocks;
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <ol part="timeline" class="timeline">
        ${blocks.map((block) => this.renderBlock(role, block))}
      </ol>
      ${this.renderSources(role)}
    </div>`;
  }

  private renderBlock(role: Role, block: DayBlock): TemplateResult {
    const lang = this.locale;
    const start = html`<time datetime=${block.start}>${formatClockTime(lang, block.start)}</time>`;
    const end = html`<time datetime=${block.end}>${formatClockTime(lang, block.end)}</time>`;
    return html`<li part="block" class="block">
      <span part="marker" class="marker" aria-hidden="true"></span>
      ${this.heading(this.dataText(role, block.label), 1)}
      <p part="time" class="time">${msg(html`${start} – ${end}`)}</p>
      <p part="focus" class="focus"><span class="focus-label">${msg('Focus:')}</span> ${this.dataText(role, block.focus)}</p>
      <ul part="tasks" class="tasks" aria-label=${msg(str`Tasks: ${block.label}`)}>
        ${block.tasks.map((task) => html`<li part="task" class="task" lang=${this.dataLang(role)}>${task}</li>`)}
      </ul>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'day-in-the-life': DayInTheLife;
  }
}
