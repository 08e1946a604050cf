import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { BUNDLED_ROLE_IDS } from '../../src/data/role-ids.js';
import { brokenCases, loadRole, withFigures } from './role-fixtures.js';

// The built file, as a site would download it (npm test builds before running these).
describe('dist/role.schema.json, checked by ajv', () => {
  let validate: ValidateFunction;
  before(() => {
    const schema = JSON.parse(readFileSync('dist/role.schema.json', 'utf8')) as object;
    const ajv = new Ajv2020({ $data: true, allErrors: true, strict: false });
    validate = ajv.compile(schema);
  });

  for (const id of BUNDLED_ROLE_IDS) {
    test(`accepts ${id}`, () => {
      const ok = validate(loadRole(id));
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5)));
    });
  }

  test('accepts a band with percentiles, top-coded figures and areas', () => {
    const role = loadRole('security-technician');
    withFigures(role);
    assert.ok(validate(role), JSON.stringify(validate.errors?.slice(0, 5)));
  });

  for (const { name, doc, path, ajvAt, validatorOnly } of brokenCases()) {
    if (validatorOnly) continue; // JSON Schema has no way to state it: see the case's reason.
    test(`rejects ${name}`, () => {
      assert.equal(validate(doc), false, `accepted: ${name}`);
      // ajv reports a rule on the field, its parent or a neighbour it is compared with: an
      // error must share the path's first two segments (one for a top-level path).
      const expected = (ajvAt ?? path).split('.').filter(Boolean);
      const depth = Math.min(2, expected.length);
      const errors = validate.errors ?? [];
      const near = errors.some((error) => {
        const at = error.instancePath.split('/').slice(1);
        if (error.keyword === 'additionalProperties') at.push(String(error.params.additionalProperty));
        if (error.keyword === 'required') at.push(String(error.params.missingProperty));
        return expected.slice(0, depth).every((segment, i) => at[i] === segment);
      });
      assert.ok(
        near || (path === '' && errors.some((e) => e.instancePath === '')),
        `no error near "${path}": ${JSON.stringify(errors.slice(0, 5))}`,
      );
    });
  }

  test('the cases left to the validator are few and each says why', () => {
    const left = brokenCases().filter((c) => c.validatorOnly);
    // Sources named elsewhere in the role, location codes compared with each other, today's date,
    // clock-time order, and the role's own id.
    assert.ok(left.length <= 5, `${left.length} cases`);
    for (const c of left) assert.ok(c.validatorOnly && c.validatorOnly.length > 5);
  });
});
