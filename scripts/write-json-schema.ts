/** Writes dist/role.schema.json from the zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { roleJsonSchema } from '../src/data/json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/role.schema.json', `${JSON.stringify(roleJsonSchema(), null, 2)}\n`);
console.log('wrote dist/role.schema.json');
