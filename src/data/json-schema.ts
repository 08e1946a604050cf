/**
 * Generates the JSON Schema of a role from the zod schema, so sites can validate their own data
 * with any JSON Schema tool.
 *
 * zod's refinements have no JSON Schema form, so the cross-field rules are added here as
 * `$data` references (the relative and absolute JSON Pointers that ajv resolves with
 * `{ $data: true }`): figures within the salary range, levels in order, percentiles that climb
 * and are top-coded only at the top, a median percentile equal to the central median, the
 * headline figure equal to the band's, and career tiers that climb without overlapping. Each
 * band rule holds for the national band and for every area in `salary.locations`.
 *
 * A few rules have no JSON Schema form and are checked by the zod schema alone, so by
 * `npx career-widgets validate` and `parseRole()`: the sources a section names exist in the
 * role's list, no two locations share a code, `asOf` is not later than this month, clock times
 * in a day follow each other, and a role does not list itself as related.
 */
import { z } from 'zod';
import { MAX_TIERS, PERCENTILES, RoleSchema, SALARY_LEVELS } from './schema.js';

type JsonSchema = { [key: string]: unknown };

const data = (pointer: string) => ({ $data: pointer });

/** Walks `path` through `properties`, failing loudly if the generated shape changes. */
function at(schema: JsonSchema, ...path: string[]): JsonSchema {
  let node = schema;
  for (const key of path) {
    let next = (node.properties as Record<string, JsonSchema> | undefined)?.[key];
    if (!next && Array.isArray(node.anyOf)) {
      next = (node.anyOf as JsonSchema[]).find((option) => option.properties)?.properties?.[key as never];
    }
    if (!next) throw new Error(`role JSON Schema: no property "${key}" on the way to ${path.join('.')}`);
    node = next;
  }
  return node;
}

function addRule(node: JsonSchema, rule: JsonSchema): void {
  node.allOf = [...((node.allOf as JsonSchema[] | undefined) ?? []), rule];
}

/**
 * The rules inside one band, the national one or an area's: min and max together and in order;
 * the central figure, levels, top earners and percentiles within them; levels in order.
 *
 * Percentiles: a figure is a number or `{ atLeast }` (top-coded). A `$data` pointer that meets a
 * value of the wrong type fails (ajv), and one that meets nothing is ignored, which states the
 * rules exactly: a number must not be below any lower percentile, and fails if one of them is
 * top-coded (a number above a top-coded figure); any figure must not exceed a higher top-coded
 * floor.
 */
function addBandRules(band: JsonSchema): void {
  addRule(band, { dependentRequired: { min: ['max'], max: ['min'] } });
  addRule(at(band, 'min'), { maximum: data('1/max') });
  const central = at(band, 'central', 'amount');
  addRule(central, { minimum: data('2/min') });
  addRule(central, { maximum: data('2/max') });
  SALARY_LEVELS.forEach((level, i) => {
    const node = at(band, 'levels', level);
    addRule(node, { minimum: data('2/min') });
    addRule(node, { maximum: data('2/max') });
    for (const higher of SALARY_LEVELS.slice(i + 1)) addRule(node, { maximum: data(`1/${higher}`) });
  });
  addRule(at(band, 'topEarners', 'from'), { minimum: data('2/min') });

  const percentiles = at(band, 'percentiles');
  percentiles.minProperties = 1;
  PERCENTILES.forEach((key, i) => {
    const options = at(percentiles, key).anyOf as JsonSchema[];
    const amount = options.find((option) => option.type === 'number');
    const topCoded = options.find((option) => option.type === 'object');
    if (!amount || !topCoded) throw new Error(`role JSON Schema: percentiles.${key} is not a number or { atLeast }`);
    const floor = at(topCoded, 'atLeast');
    addRule(amount, { minimum: data('2/min') });
    addRule(amount, { maximum: data('2/max') });
    addRule(floor, { minimum: data('3/min') });
    addRule(floor, { maximum: data('3/max') });
    for (const lower of PERCENTILES.slice(0, i)) addRule(amount, { minimum: data(`1/${lower}`) });
    for (const higher of PERCENTILES.slice(i + 1)) {
      addRule(amount, { maximum: data(`1/${higher}/atLeast`) });
      addRule(floor, { maximum: data(`2/${higher}/atLeast`) });
    }
  });
  // Where the central figure is the median, p50 is that same amount (so not top-coded).
  addRule(band, {
    if: { properties: { central: { properties: { kind: { const: 'median' } }, required: ['kind'] } }, required: ['central'] },
    then: { properties: { percentiles: { properties: { p50: { const: data('2/central/amount') } } } } },
  });
}

/** The JSON Schema (draft 2020-12) of a role, with `$data` rules for the cross-field checks. */
export function roleJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(RoleSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  schema.title = 'career-widgets role';
  schema.description =
    'A career-guide role for career-widgets. Cross-field rules use $data references (ajv: { $data: true }); ' +
    '`npx career-widgets validate` applies every rule.';

  // A source names its publisher or title, or says what it is where it names neither.
  const source = at(schema, 'sources').items as JsonSchema;
  addRule(source, { anyOf: ['publisher', 'title', 'description'].map((key) => ({ required: [key] })) });

  const salary = at(schema, 'salary');
  addBandRules(salary);
  const locations = at(salary, 'locations');
  const area = locations.items as JsonSchema;
  addBandRules(area);
  // An area gives at least one figure.
  addRule(area, {
    anyOf: [{ required: ['central'] }, { required: ['percentiles'] }, { required: ['min'] }],
  });

  // The headline repeats the band's central figure, of the same kind.
  const headlineSalary = at(schema, 'headline', 'salary');
  addRule(at(headlineSalary, 'kind'), { const: data('/salary/central/kind') });
  addRule(at(headlineSalary, 'amount'), { const: data('/salary/central/amount') });
  addRule(at(headlineSalary, 'currency'), { const: data('/salary/currency') });
  addRule(at(schema, 'headline', 'growthRatePercent'), { const: data('/jobOutlook/growthRatePercent') });

  // Tier i starts after tier i-1 starts and no earlier than it ends.
  const tiers = at(schema, 'careerTiers', 'tiers');
  const prefixItems: JsonSchema[] = [{}];
  for (let i = 1; i < MAX_TIERS; i++) {
    prefixItems.push({
      properties: {
        yearsFrom: {
          allOf: [
            { exclusiveMinimum: data(`/careerTiers/tiers/${i - 1}/yearsFrom`) },
            { minimum: data(`/careerTiers/tiers/${i - 1}/yearsTo`) },
          ],
        },
      },
    });
  }
  addRule(tiers, { prefixItems });
  return schema;
}
