/**
 * What `<role-compare>` reads from each role, row by row: only what the role's data says. A
 * figure the data does not give stays undefined (the element writes "Not published"); nothing is
 * estimated, rounded into another figure or borrowed from another role.
 */
import type { Role, SalaryFigureKind, Section } from '../../data/schema.js';

/** The rows a comparison can show, in their default order. */
export const ROW_KEYS = [
  'pay',
  'growth',
  'demand',
  'education',
  'years-to-senior',
  'certifications',
  'skills',
  'work-life',
] as const;

/** One row of the comparison. */
export type RowKey = (typeof ROW_KEYS)[number];

export function isRowKey(value: string): value is RowKey {
  return (ROW_KEYS as readonly string[]).includes(value);
}

/** The fewest and the most roles a comparison shows. */
export const MIN_ROLES = 2;
export const MAX_ROLES = 4;

/** A role's pay: its central figure, what kind of figure the source says it is, and its range. */
export interface Pay {
  kind: SalaryFigureKind;
  amount: number;
  currency: string;
  min?: number;
  max?: number;
}

/** The salary band's central figure and range; without a band, the headline's figure alone. */
export function payOf(role: Role): Pay | undefined {
  const band = role.salary;
  if (band) {
    const { kind, amount } = band.central;
    return {
      kind,
      amount,
      currency: band.currency,
      ...(band.min !== undefined && band.max !== undefined ? { min: band.min, max: band.max } : {}),
    };
  }
  return role.headline?.salary;
}

/** The job outlook's growth rate and how it compares; without an outlook, the headline's rate. */
export function growthOf(role: Role): { percent: number; status?: string } | undefined {
  const outlook = role.jobOutlook;
  if (outlook) return { percent: outlook.growthRatePercent, ...(outlook.status ? { status: outlook.status } : {}) };
  const percent = role.headline?.growthRatePercent;
  return percent === undefined ? undefined : { percent };
}

export type Tier = Section<'careerTiers'>['tiers'][number];

/**
 * The senior tier: the first career tier the source ties to the salary band's senior level
 * (`salaryLevel: "senior"`). A ladder without that tie has no senior tier here, whatever its
 * titles say: a title is no statement about seniority the data makes.
 */
export function seniorTierOf(role: Role): Tier | undefined {
  return role.careerTiers?.tiers.find((tier) => tier.salaryLevel === 'senior');
}

/**
 * Every skill the role names, once, in its data's order: its technical skills, its soft skills,
 * then its skill map's. Undefined when the role names none.
 */
export function skillsOf(role: Role): string[] | undefined {
  const all = [
    ...(role.techSkills?.items ?? []),
    ...(role.softSkills?.items ?? []),
    ...(role.skillMap?.groups.flatMap((group) => group.skills) ?? []),
  ];
  if (all.length === 0) return undefined;
  const seen = new Set<string>();
  return all.filter((skill) => {
    const key = skillKey(skill);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Two skills are the same when they are written in the same words, whatever the case and spacing. */
function skillKey(skill: string): string {
  return skill.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A shared skill, and the positions of the other roles that name it too. */
export interface SharedSkill {
  skill: string;
  alsoIn: number[];
}

/** One role's skills, split: those another role in the comparison names too, and its own. */
export interface SkillSplit {
  shared: SharedSkill[];
  particular: string[];
}

/**
 * Splits each role's skills into shared (named by at least one other role of the comparison, in
 * the same words) and particular (named by this role alone). Undefined for a role with no skills.
 */
export function splitSkills(roles: readonly Role[]): (SkillSplit | undefined)[] {
  const lists = roles.map(skillsOf);
  const keys = lists.map((list) => new Set(list?.map(skillKey)));
  return lists.map((list, i) => {
    if (!list) return undefined;
    const split: SkillSplit = { shared: [], particular: [] };
    for (const skill of list) {
      const key = skillKey(skill);
      const alsoIn = keys.flatMap((others, j) => (j !== i && others.has(key) ? [j] : []));
      if (alsoIn.length > 0) split.shared.push({ skill, alsoIn });
      else split.particular.push(skill);
    }
    return split;
  });
}

/**
 * The end of the shared pay scale: the highest figure drawn (a top of range or a central
 * figure), rounded up to two significant digits, so the scale ends on a round amount
 * ($105,934 → $110,000). Undefined when no role has pay, or when the figures are in different
 * currencies and cannot share a scale.
 */
export function payScaleOf(pays: readonly (Pay | undefined)[]): { max: number; currency: string } | undefined {
  const given = pays.filter((pay): pay is Pay => pay !== undefined);
  const currency = given[0]?.currency;
  if (!currency || given.some((pay) => pay.currency !== currency)) return undefined;
  const highest = Math.max(...given.map((pay) => pay.max ?? pay.amount));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(highest)) - 1);
  return { max: Math.ceil(highest / step) * step, currency };
}
