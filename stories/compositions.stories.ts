/**
 * Compositions: the elements as a job board and a school would place them on a page.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

const page = styleMap({ maxWidth: '60rem', display: 'grid', gap: '1rem', lineHeight: '1.5' });

export default {
  title: 'Compositions',
  parameters: { cw: { expect: 'ready' } },
} satisfies Meta;

/**
 * A job board's posting: its offered pay, $52,000–$58,000, drawn on the role's salary band with
 * `offer-min` and `offer-max`.
 */
export const JobBoardPosting: StoryObj = {
  render: () =>
    html`<article class="cw-story-posting" style=${page}>
      <header>
        <h2 style=${styleMap({ margin: '0' })}>Security Technician</h2>
        <p style=${styleMap({ margin: '0' })}>Northgate Alarm Services · Columbus, Ohio · Full time</p>
      </header>
      <p>
        Install, test and maintain alarm, access control and CCTV systems for commercial clients. You will work from our
        Columbus depot and on client sites, with a company van.
      </p>
      <p><strong>Pay:</strong> $52,000–$58,000 a year.</p>
      <salary-band role-id="security-technician" heading-level="3" offer-min="52000" offer-max="58000"></salary-band>
      <p><button type="button">Apply for this job</button></p>
    </article>`,
};

/**
 * A school's course page: the career ladder and the skill map of the role the course leads
 * to, sharing one role load through <career-role>.
 */
export const SchoolCoursePage: StoryObj = {
  render: () =>
    html`<main class="cw-story-course" style=${page}>
      <h2 style=${styleMap({ margin: '0' })}>Certificate in Electronic Security Systems</h2>
      <p>
        A two-semester evening course for people starting out in security systems. It leads to work as a security
        technician; here is where that career goes and the skills it takes.
      </p>
      <career-role role-id="security-technician">
        <div style=${styleMap({ display: 'grid', gap: '1.5rem' })}>
          <career-ladder heading-level="3"></career-ladder>
          <skill-map heading-level="3"></skill-map>
        </div>
      </career-role>
    </main>`,
};
