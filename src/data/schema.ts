/**
 * The role schema: the only description of a career-guide role in career-widgets.
 *
 * Every TypeScript type for role data is inferred from it, the JSON Schema in
 * `dist/role.schema.json` is generated from it, and both the build-time validator and the
 * runtime `parseRole()` run it. Browser code that only renders bundled roles imports types
 * from here (`import type`), never the module itself, so zod stays out of that path.
 */
import { z } from 'zod';
import { CURRENCY_CODES } from './currencies.js';
import { BUNDLED_ROLE_IDS } from './role-ids.js';

/* ------------------------------------------------------------------------------------------
 * Building blocks
 * ---------------------------------------------------------------------------------------- */

/** Lower-case words joined by single hyphens: `security-technician`. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MAX_TEXT = 10_000;
const MAX_ITEMS = 200;

const kebabId = z
  .string()
  .regex(KEBAB_CASE, 'must be kebab-case (lower-case words joined by hyphens, e.g. "security-technician")');

const text = z
  .string()
  // The pattern states "not blank" in the JSON Schema too, which cannot trim.
  .regex(/\S/, 'must not be empty')
  .trim()
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);

const list = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, 'must list at least one entry').max(MAX_ITEMS, `must list at most ${MAX_ITEMS} entries`);

/** Paragraphs of prose, in order. */
const paragraphs = list(text);

/** A positive amount of money, in the currency of the section that holds it. */
const money = z.number().positive('must be a positive amount');

/** A percentage as a number of percent: 7 means 7 %. */
const percent = z
  .number()
  .min(-100, 'must be a percentage of at least -100')
  .max(1000, 'must be a percentage (7 means 7 %), at most 1000');

const currency = z.enum(CURRENCY_CODES, { error: 'must be an ISO 4217 currency code such as "USD"' });

const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "US"');

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an absolute http(s) URL')
  .refine((value) => URL.canParse(value), 'must be an absolute http(s) URL');

const years = z.number().int('must be a whole number of years').min(0, 'must be 0 or more years').max(60);

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as "09:00"');

/** Ids of entries in the role's `sources`, naming what supports a section. */
const sourceRefs = list(kebabId).optional();

/** Every section is an object that may name the sources behind it. */
const section = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, sources: sourceRefs });

/* ------------------------------------------------------------------------------------------
 * Sources
 * ---------------------------------------------------------------------------------------- */

export const SourceSchema = z
  .strictObject({
    /** Referenced from a section's `sources`. */
    id: kebabId,
    /** Who published it: "Jobicy", "Indeed", "U.S. Bureau of Labor Statistics". */
    publisher: text.optional(),
    title: text.optional(),
    /**
     * What the source is, for one that names no publisher or title: shown in their place, so
     * the data never supplies a name the source does not give.
     */
    description: text.optional(),
    /** ISO date (YYYY-MM-DD) of publication or last update, where the source gives one. */
    date: z.iso.date('must be a date written YYYY-MM-DD').optional(),
    url: httpUrl.optional(),
  })
  .refine((s) => s.publisher !== undefined || s.title !== undefined || s.description !== undefined, {
    message: 'needs a publisher, a title, or a description where the source names neither',
    path: ['publisher'],
  });

/* ------------------------------------------------------------------------------------------
 * Sections
 * ---------------------------------------------------------------------------------------- */

export const SALARY_FIGURE_KINDS = ['median', 'average'] as const;
/** What a central salary figure is. A median and an average are different statistics. */
const salaryFigureKind = z.enum(SALARY_FIGURE_KINDS, { error: 'must be "median" or "average"' });

const headline = section({
  growthRatePercent: percent.optional(),
  /** The salary figure shown up front, with what kind of figure it is. */
  salary: z
    .strictObject({ kind: salaryFigureKind, amount: money, currency })
    .optional(),
  remoteFriendly: z.boolean().optional(),
});

export const DEMAND_LEVELS = ['low', 'moderate', 'high'] as const;
const marketDemand = section({
  /** Position on a low-to-high scale. */
  level: z.enum(DEMAND_LEVELS, { error: 'must be "low", "moderate" or "high"' }),
  summary: paragraphs.optional(),
});

export const SALARY_LEVELS = ['entry', 'mid', 'senior'] as const;

/** The percentiles a source may publish, lowest first: `p50` is the median. */
export const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/**
 * A percentile as published: an amount, or, where the source top-codes it, the floor it gives
 * instead ("$239,200 or more" is `{ "atLeast": 239200 }`). A figure the source does not publish
 * is left out: never a zero or a placeholder.
 */
const percentileFigure = z.union([money, z.strictObject({ atLeast: money })], {
  error: 'must be a positive amount, or { "atLeast": amount } for a top-coded figure',
});

const percentiles = z
  .strictObject(Object.fromEntries(PERCENTILES.map((key) => [key, percentileFigure.optional()])) as {
    [K in (typeof PERCENTILES)[number]]: z.ZodOptional<typeof percentileFigure>;
  })
  .refine((given) => PERCENTILES.some((key) => given[key] !== undefined), 'must give at least one percentile');

/** The figures of one salary band: the national one, or one area's. */
const bandFigures = {
  min: money.optional(),
  max: money.optional(),
  /** The figure shown first: the median, or the average where that is what the source gives. */
  central: z.strictObject({ kind: salaryFigureKind, amount: money }),
  levels: z
    .strictObject({ entry: money.optional(), mid: money.optional(), senior: money.optional() })
    .optional(),
  /** Percentiles of the pay distribution, any of them; `p50` is the median. */
  percentiles: percentiles.optional(),
  topEarners: z
    .strictObject({
      /** The top N percent of earners: 10 for "top 10 %". */
      percentile: z.number().int().min(1).max(50),
      /** Their pay starts from this amount. */
      from: money,
      note: text.optional(),
    })
    .optional(),
  /** What the pay depends on, or how the figures should be read. */
  note: text.optional(),
};

/**
 * An area's code: a country ("US"), an ISO 3166-2 subdivision ("US-CO"), or a source's own area
 * code after a prefix ("metro:19740").
 */
export const AREA_CODE = /^(?:[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|[a-z][a-z0-9-]*:[A-Za-z0-9._-]+)$/;

/** One area's band: its code and name, and the same figures as the national band. */
const location = z.strictObject({
  code: z
    .string()
    .regex(AREA_CODE, 'must be a country ("US"), an ISO 3166-2 subdivision ("US-CO") or a prefixed area code ("metro:19740")'),
  /** The area's name, as the source writes it: "Colorado", "Denver-Aurora-Centennial, CO". */
  name: text,
  ...bandFigures,
  /** An area may lack a central figure where the source publishes none for it. */
  central: bandFigures.central.optional(),
  sources: sourceRefs,
});

/** "YYYY-MM", the month now in UTC: a reference period may not be later. */
const thisMonth = () => new Date().toISOString().slice(0, 7);

const salary = section({
  currency,
  country: country.optional(),
  /** The figures are annual amounts; elements convert them for `period="month|hour"`. */
  period: z.literal('year', 'must be "year": salary figures are stored as annual amounts'),
  /** The reference period of the figures, "YYYY-MM": "2024-05" for May 2024 estimates. */
  asOf: z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, such as "2024-05"')
    .refine((month) => month <= thisMonth(), 'must not be in the future')
    .optional(),
  ...bandFigures,
  /** More bands, one per area (state, metro area …), each with its own figures. */
  locations: list(location).optional(),
});

const textSection = section({ paragraphs });
const itemsSection = section({ items: list(text) });

const certifications = section({
  items: list(
    z.strictObject({
      name: text,
      issuer: text.optional(),
      description: text.optional(),
    }),
  ),
});

export const EXPERIENCE_LEVELS = ['entry', 'mid', 'senior'] as const;
const experience = section({
  requirements: list(
    z.strictObject({
      level: z.enum(EXPERIENCE_LEVELS),
      minYears: years.optional(),
      maxYears: years.optional(),
    }),
  ),
  paragraphs: paragraphs.optional(),
});

/** Tiers are capped so the JSON Schema can state the ordering rule for each neighbour pair. */
export const MAX_TIERS = 20;
const careerTiers = section({
  tiers: z.array(
    z.strictObject({
      title: text,
      yearsFrom: years,
      /** `null` for an open-ended tier such as "10+ years". */
      yearsTo: years.nullable(),
      description: text,
      /** The salary band's level that the source ties to this tier, if any. */
      salaryLevel: z.enum(SALARY_LEVELS).optional(),
    }),
  )
    .min(1, 'must list at least one entry')
    .max(MAX_TIERS, `must list at most ${MAX_TIERS} tiers`),
});

const relatedTerms = section({
  items: list(z.strictObject({ term: text, description: text })),
});

const dayInTheLife = section({
  blocks: list(
    z.strictObject({
      /** "Morning", "Afternoon" … */
      label: text,
      start: clockTime,
      end: clockTime,
      focus: text,
      tasks: list(text),
    }),
  ),
});

export const STRESS_LEVELS = ['low', 'moderate', 'high', 'very-high'] as const;
export const BALANCE_RATINGS = ['poor', 'fair', 'good', 'excellent'] as const;
const workLifeBalance = section({
  stress: z.enum(STRESS_LEVELS),
  balance: z.enum(BALANCE_RATINGS),
  explanation: paragraphs.optional(),
});

const skillMap = section({
  intro: text.optional(),
  groups: list(
    z.strictObject({
      /** Chosen by `<skill-map groups="…">`: "foundational", "specialization", "professional". */
      id: kebabId,
      title: text,
      description: text.optional(),
      skills: list(text),
    }),
  ),
});

const prosCons = section({ pros: list(text), cons: list(text) });

const caseStudies = section({
  items: list(z.strictObject({ title: text, story: text, takeaway: text })),
});

const jobOutlook = section({
  growthRatePercent: percent,
  /** How the growth compares, e.g. "Growing faster than average". */
  status: text.optional(),
});

const relatedRoles = section({
  /** Ids of bundled roles. */
  ids: list(
    z.enum(BUNDLED_ROLE_IDS, {
      error: (issue) => `names "${String(issue.input)}", which is not a known role (${BUNDLED_ROLE_IDS.join(', ')})`,
    }),
  ),
});

const faq = section({
  items: list(z.strictObject({ question: text, answer: text })),
});

/**
 * The sections of a career guide, in the order a complete guide shows them. Each key is an
 * optional property of a role.
 */
export const sectionShapes = {
  headline,
  marketDemand,
  salary,
  coreFunctions: textSection,
  responsibilities: itemsSection,
  workSetting: textSection,
  techStack: itemsSection,
  educationLevel: textSection,
  techSkills: itemsSection,
  softSkills: itemsSection,
  qualifications: itemsSection,
  experience,
  pathIntoRole: textSection,
  requiredEducation: textSection,
  certifications,
  licensing: textSection,
  careerTiers,
  globalOutlook: textSection,
  challenges: textSection,
  growthPaths: textSection,
  industryTrends: textSection,
  relatedTerms,
  dayInTheLife,
  workLifeBalance,
  skillMap,
  prosCons,
  commonMistakes: itemsSection,
  advice: itemsSection,
  caseStudies,
  portfolioTips: textSection,
  jobOutlook,
  relatedRoles,
  faq,
} as const;

/** The name of one section of a role. */
export type SectionKey = keyof typeof sectionShapes;
export const SECTION_KEYS = Object.keys(sectionShapes) as SectionKey[];

const optionalSections = Object.fromEntries(
  SECTION_KEYS.map((key) => [key, sectionShapes[key].optional()]),
) as { [K in SectionKey]: z.ZodOptional<(typeof sectionShapes)[K]> };

/* ------------------------------------------------------------------------------------------
 * The role
 * ---------------------------------------------------------------------------------------- */

const RoleObject = z.strictObject({
  /** Lets a JSON editor find `role.schema.json`; ignored otherwise. */
  $schema: z.string().optional(),
  id: kebabId,
  /**
   * The language of the role's texts, as a BCP 47 tag ("en", "es-MX"); `en` when left out.
   * Elements mark the data's text with it, so it is read in its own language inside a page or
   * an interface in another one.
   */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/, 'must be a language tag such as "en" or "es-MX"')
    .refine((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    }, 'must be a language tag such as "en" or "es-MX"')
    .optional(),
  title: text,
  summary: paragraphs.optional(),
  sources: list(SourceSchema).optional(),
  ...optionalSections,
});

type RoleShape = z.infer<typeof RoleObject>;

type Issue = (path: (string | number)[], message: string) => void;
type BandShape = Pick<NonNullable<RoleShape['salary']>, 'min' | 'max' | 'levels' | 'percentiles' | 'topEarners'> & {
  central?: NonNullable<RoleShape['salary']>['central'];
};

/** The value of a percentile: its amount, or the floor of a top-coded one. */
export const figureValue = (figure: number | { atLeast: number }): number =>
  typeof figure === 'number' ? figure : figure.atLeast;

/**
 * The rules inside one band (the national one, or an area's at `path`): a range that holds its
 * figures, levels in order, and percentiles that climb, top-coded only at the top.
 */
function checkBand(band: BandShape, path: (string | number)[], issue: Issue): void {
  const { min, max, central, levels, percentiles, topEarners } = band;
  if ((min === undefined) !== (max === undefined)) {
    issue([...path, min === undefined ? 'min' : 'max'], 'must be given together with the other end of the range');
  }
  const inRange = (value: number) => (min === undefined || value >= min) && (max === undefined || value <= max);
  if (min !== undefined && max !== undefined && min > max) {
    issue([...path, 'min'], `must not exceed the maximum (${min} > ${max})`);
  }
  if (central && !inRange(central.amount)) {
    issue([...path, 'central', 'amount'], `must lie within the range ${min}–${max}`);
  }
  if (levels) {
    for (const level of SALARY_LEVELS) {
      const value = levels[level];
      if (value !== undefined && !inRange(value)) {
        issue([...path, 'levels', level], `must lie within the range ${min}–${max}`);
      }
    }
    const present = SALARY_LEVELS.filter((level) => levels[level] !== undefined);
    for (let i = 1; i < present.length; i++) {
      const lower = present[i - 1]!;
      const higher = present[i]!;
      if (levels[lower]! > levels[higher]!) {
        issue([...path, 'levels', higher], `must not be lower than the ${lower} level`);
      }
    }
  }
  if (topEarners && min !== undefined && topEarners.from < min) {
    issue([...path, 'topEarners', 'from'], 'must not be below the bottom of the range');
  }
  if (percentiles) {
    const given = PERCENTILES.filter((key) => percentiles[key] !== undefined);
    given.forEach((key, i) => {
      const figure = percentiles[key]!;
      const value = figureValue(figure);
      const at = [...path, 'percentiles', key];
      const previousKey = given[i - 1];
      if (previousKey !== undefined) {
        const previous = percentiles[previousKey]!;
        if (typeof previous !== 'number' && typeof figure === 'number') {
          issue(at, `must be top-coded too: ${previousKey} below it is top-coded ("${previous.atLeast} or more")`);
        } else if (value < figureValue(previous)) {
          issue(at, `must not be lower than ${previousKey} (${value} < ${figureValue(previous)})`);
        }
      }
      if (min !== undefined && value < min) issue(at, `must not be below the range's minimum (${min})`);
      if (max !== undefined && value > max) issue(at, `must not be above the range's maximum (${max})`);
    });
    const median = percentiles.p50;
    if (median !== undefined && central?.kind === 'median') {
      if (typeof median !== 'number') {
        issue(
          [...path, 'central', 'kind'],
          'must not be "median": the median (p50) is top-coded, so give the average as the central figure',
        );
      } else if (median !== central.amount) {
        issue([...path, 'percentiles', 'p50'], `must equal the central figure, the median (${central.amount})`);
      }
    }
  }
}

/** Cross-field rules that a field-by-field check cannot see. */
function checkInvariants(role: RoleShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  // Sources: unique ids, and every section names only sources that exist.
  const sourceIds = new Set<string>();
  role.sources?.forEach((source, i) => {
    if (sourceIds.has(source.id)) issue(['sources', i, 'id'], `duplicates the source id "${source.id}"`);
    sourceIds.add(source.id);
  });
  for (const key of SECTION_KEYS) {
    role[key]?.sources?.forEach((ref, i) => {
      if (!sourceIds.has(ref)) {
        issue([key, 'sources', i], `names the source "${ref}", which is not in the role's sources`);
      }
    });
  }

  const band = role.salary;
  if (band) {
    checkBand(band, ['salary'], issue);
    const codes = new Set<string>();
    band.locations?.forEach((area, i) => {
      const path = ['salary', 'locations', i];
      if (codes.has(area.code)) issue([...path, 'code'], `duplicates the location code "${area.code}"`);
      codes.add(area.code);
      if (area.central === undefined && area.percentiles === undefined && area.min === undefined) {
        issue([...path], 'must give at least one figure: central, percentiles or min and max');
      }
      checkBand(area, path, issue);
    });
  }

  // The headline repeats the band's central figure: same amount, same kind, same currency.
  const headlineSalary = role.headline?.salary;
  if (headlineSalary && band) {
    if (headlineSalary.kind !== band.central.kind) {
      issue(
        ['headline', 'salary', 'kind'],
        `says "${headlineSalary.kind}" but the salary band's central figure is the ${band.central.kind}`,
      );
    }
    if (headlineSalary.amount !== band.central.amount) {
      issue(['headline', 'salary', 'amount'], `must equal the salary band's central figure (${band.central.amount})`);
    }
    if (headlineSalary.currency !== band.currency) {
      issue(['headline', 'salary', 'currency'], `must match the salary band's currency (${band.currency})`);
    }
  }

  const headlineGrowth = role.headline?.growthRatePercent;
  const outlookGrowth = role.jobOutlook?.growthRatePercent;
  if (headlineGrowth !== undefined && outlookGrowth !== undefined && headlineGrowth !== outlookGrowth) {
    issue(['headline', 'growthRatePercent'], `must equal the job outlook's growth rate (${outlookGrowth})`);
  }

  // Career tiers climb by experience and do not overlap. Neighbours may share a boundary
  // year ("6-10" then "10+"); only the last tier may be open-ended.
  const tiers = role.careerTiers?.tiers ?? [];
  tiers.forEach((tier, i) => {
    const path = ['careerTiers', 'tiers', i];
    if (tier.yearsTo !== null && tier.yearsTo < tier.yearsFrom) {
      issue([...path, 'yearsTo'], `must not be less than yearsFrom (${tier.yearsFrom})`);
    }
    if (tier.yearsTo === null && i < tiers.length - 1) {
      issue([...path, 'yearsTo'], 'only the last tier may be open-ended');
    }
    const previous = tiers[i - 1];
    if (previous) {
      if (tier.yearsFrom <= previous.yearsFrom) {
        issue([...path, 'yearsFrom'], `must be greater than the previous tier's yearsFrom (${previous.yearsFrom})`);
      } else if (previous.yearsTo !== null && tier.yearsFrom < previous.yearsTo) {
        issue([...path, 'yearsFrom'], `overlaps the previous tier, which runs to ${previous.yearsTo} years`);
      }
    }
  });

  tiers.forEach((tier, i) => {
    if (tier.salaryLevel && role.salary?.levels?.[tier.salaryLevel] === undefined) {
      issue(['careerTiers', 'tiers', i, 'salaryLevel'], `names the ${tier.salaryLevel} salary level, which the salary band does not give`);
    }
  });

  role.experience?.requirements.forEach((req, i) => {
    if (req.minYears !== undefined && req.maxYears !== undefined && req.minYears > req.maxYears) {
      issue(['experience', 'requirements', i, 'minYears'], `must not exceed maxYears (${req.maxYears})`);
    }
  });

  role.dayInTheLife?.blocks.forEach((block, i) => {
    if (block.start >= block.end) {
      issue(['dayInTheLife', 'blocks', i, 'end'], `must be later than the start (${block.start})`);
    }
    const previous = role.dayInTheLife!.blocks[i - 1];
    if (previous && block.start < previous.end) {
      issue(['dayInTheLife', 'blocks', i, 'start'], `overlaps the previous block, which ends at ${previous.end}`);
    }
  });

  const groupIds = new Set<string>();
  role.skillMap?.groups.forEach((group, i) => {
    if (groupIds.has(group.id)) issue(['skillMap', 'groups', i, 'id'], `duplicates the group id "${group.id}"`);
    groupIds.add(group.id);
  });

  role.relatedRoles?.ids.forEach((id, i) => {
    if (id === role.id) issue(['relatedRoles', 'ids', i], 'must not name the role itself');
  });
}

/** The complete schema of a role, with its cross-field invariants. */
export const RoleSchema = RoleObject.superRefine(checkInvariants);

/** A validated career-guide role. */
export type Role = z.infer<typeof RoleSchema>;

/** `T` with each string, number and boolean type widened to its base type (`"USD"` → `string`). */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? readonly Widened<U>[]
        : T extends object
          ? { [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * Role data as a site supplies it (`roleData`): a role's shape, with its string types widened,
 * so a role read from a `.json` file (where `"currency": "USD"` is a `string`) fits with no cast.
 * The value is validated against the schema when it arrives, like `src`.
 */
export type RoleInput = Widened<Role>;
/** One entry of a role's `sources`. */
export type Source = z.infer<typeof SourceSchema>;
/** The value of one section of a role. */
export type Section<K extends SectionKey> = NonNullable<Role[K]>;
export type SalaryFigureKind = (typeof SALARY_FIGURE_KINDS)[number];
export type SalaryLevel = (typeof SALARY_LEVELS)[number];
