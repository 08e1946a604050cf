/**
 * <role-compare>: each pair of bundled roles, the three together, data a role does not publish,
 * bad input, failures, loading, and the cards of a narrow container. The comparison takes its
 * roles from `role-ids` (or an array of `roleData`), so it has stories of its own rather than the
 * single-role state stories of story-helpers.ts.
 */
import type { Meta } from '@storybook/web-components-vite';
import {
  FAILING_SRC,
  NEVER_MS,
  ROLES,
  STALLING_SRC,
  type Args,
  type CwParameters,
  type Story,
  container,
  dark,
  expecting,
  fakeServer,
  invalidRole,
  manifestHelpers,
  rightToLeft,
} from './story-helpers.js';

const { args, argTypes, template } = manifestHelpers('role-compare');

export default {
  title: 'Elements/role-compare',
  component: 'role-compare',
  args,
  argTypes,
  render: (all) => template(all),
  parameters: { cw: { expect: 'ready' } satisfies CwParameters },
} satisfies Meta;

const compare = (ids: string, more: Args = {}, story: Story = {}): Story => ({
  ...story,
  args: { 'role-ids': ids, ...more, ...story.args },
});

const TRIO = 'security-technician,security-systems-technician,security-engineer';

/** Every row published for one, and "Not published" for most of the other. */
export const TechnicianAndSystemsTechnician = compare('security-technician,security-systems-technician');
/** A median and an average on one pay scale, each labelled as its source says. */
export const TechnicianAndEngineer = compare('security-technician,security-engineer');
/** Two roles with little in common in the data: many rows read "Not published". */
export const SystemsTechnicianAndEngineer = compare('security-systems-technician,security-engineer');
/** All three bundled roles; each shared skill says which other roles share it. */
export const AllThree = compare(TRIO);
/** `rows` chooses and orders the rows. */
export const ChosenRows = compare(TRIO, { rows: 'pay, years-to-senior, skills' });
/** Neither role publishes what the rows show: the element says so. */
export const NothingPublished = expecting(
  'absent',
  compare('security-systems-technician,security-engineer', { rows: 'growth, demand' }),
);
/** Roles from the page's own data: an array of role objects, validated on arrival. */
export const FromRoleData = {
  args: {
    roleData: [
      { ...structuredClone(ROLES['security-technician']!), id: 'our-technician', title: 'Technician (our data)' },
      structuredClone(ROLES['security-engineer']!),
    ],
  },
} satisfies Story;

/** One id only: the role is shown, with a message that a comparison needs two. */
export const OneRoleOnly = compare('security-engineer');
/** An unknown id and a duplicate: both named, and the valid roles still compared. */
export const UnknownAndDuplicate = compare('security-technician,astronaut,security-technician,security-engineer');
/** Invalid data for every role: nothing can be compared, so the error state. */
export const ErrorInvalidData = expecting('error', { args: { roleData: [invalidRole(), invalidRole()] } });
/** Both URLs fail: nothing can be compared; each failure is named, with a retry. */
export const ErrorFromSrc = {
  args: { src: `${FAILING_SRC} ${FAILING_SRC}?again` },
  beforeEach: fakeServer,
  parameters: { cw: { expect: 'error' } satisfies CwParameters },
} satisfies Story;
export const Loading = expecting('loading', {
  args: { src: `${STALLING_SRC} ${STALLING_SRC}?2`, timeout: NEVER_MS },
  beforeEach: fakeServer,
});

/** Below the width its table needs, one card per role with the same labels. */
export const Narrow = compare('security-technician,security-engineer', {}, { decorators: [container('300px')] });
export const Dark = compare(TRIO, { theme: 'dark' }, dark);
export const RightToLeft = compare('security-technician,security-engineer', {}, { decorators: [rightToLeft] });
