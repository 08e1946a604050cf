/**
 * Generates the JSON Schema of a role from the zod schema, so sites can validate their own data
 * with any JSON Schema tool.
 *
 * zod's refinements have no JSON Schema form, so the cross-field rules are added here as
 * `$data` references (the relative and absolute JSON Pointers that ajv resolves with
 * `{ $data: true }`): figures within the salary range, levels in order, the headline figure
 * equal to the band's, and career tiers that climb without overlapping.
 */
import { z } from 'zod';
import { MAX_TIERS, RoleSchema, SALARY_LEVELS } from './schema.js';

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

/** The JSON Schema (draft 2020-12) of a role, with `$data` rules for the cross-field checks. */
export function roleJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(RoleSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  schema.title = 'career-widgets role';
  schema.description =
    'A career-guide role for career-widgets. Cross-field rules use $data references (ajv: { $data: true }); ' +
    '`npx career-widgets validate` applies every rule.';

  const salary = at(schema, 'salary');
  // Inside `salary`: min ≤ max; the central figure and each level within [min, max].
  addRule(at(salary, 'min'), { maximum: data('1/max') });
  const central = at(salary, 'central', 'amount');
  addRule(central, { minimum: data('2/min') });
  addRule(central, { maximum: data('2/max') });
  SALARY_LEVELS.forEach((level, i) => {
    const node = at(salary, 'levels', level);
    addRule(node, { minimum: data('2/min') });
    addRule(node, { maximum: data('2/max') });
    for (const higher of SALARY_LEVELS.slice(i + 1)) addRule(node, { maximum: data(`1/${higher}`) });
  });
  addRule(at(salary, 'topEarners', 'from'), { minimum: data('2/min') });

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
