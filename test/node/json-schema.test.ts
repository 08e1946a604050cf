import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { BUNDLED_ROLE_IDS } from '../../src/data/role-ids.js';
import { brokenCases, loadRole } from './role-fixtures.js';

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

  for (const { name, doc, path, validatorOnly } of brokenCases()) {
    if (validatorOnly) continue; // JSON Schema has no way to state it: see the case's reason.
    test(`rejects ${name}`, () => {
      assert.equal(validate(doc), false, `accepted: ${name}`);
      // ajv reports rules on the field or its section; the first path segment always matches.
      const section = path.split('.')[0] ?? '';
      const pointers = (validate.errors ?? []).map((error) => error.instancePath);
      assert.ok(
        pointers.some((pointer) => pointer.startsWith(`/${section}`) || (section === '' && pointer === '')) ||
          (validate.errors ?? []).some(
            (e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === section,
          ) ||
          (validate.errors ?? []).some((e) => e.keyword === 'required' && e.params.missingProperty === section),
        `no error near "${path}": ${JSON.stringify(validate.errors?.slice(0, 5))}`,
      );
    });
  }

  test('the cases left to the validator are few and each says why', () => {
    const left = brokenCases().filter((c) => c.validatorOnly);
    assert.ok(left.length <= 3);
    for (const c of left) assert.ok(c.validatorOnly && c.validatorOnly.length > 5);
  });
});
