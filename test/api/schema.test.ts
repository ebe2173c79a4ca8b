import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { MAX_COST, MAX_DEPTH, MAX_REQUEST_BYTES, MAX_ROOT_FIELDS, MAX_STRING_ARGUMENT, MAX_TOKENS, STRING_ARGUMENT_LIMITS } from '../../server/api/limits.ts';

describe('schema.graphql', () => {
  it('describes every type, field, argument and enum value, for GraphiQL', () => {
    const schema = buildSchema(readFileSync(resolve(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
    expect(undescribed).toEqual([]);
  });

  it('states the limits the server enforces', () => {
    const text = readFileSync(resolve(PROJECT_ROOT, 'schema.graphql'), 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain(`a body of at most ${MAX_REQUEST_BYTES / 1048576} MB`);
    expect(text).toContain(`at most ${MAX_TOKENS} tokens, ${MAX_ROOT_FIELDS} top-level fields, ${MAX_DEPTH} levels`);
    expect(text).toContain(`${MAX_COST.toLocaleString('en')} objects`);
    expect(text).toContain(`at most ${MAX_STRING_ARGUMENT} characters unless`);
    expect(text).toContain(`(at most ${STRING_ARGUMENT_LIMITS['search.query']} characters)`);
  });
});
