import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { getSchema, printedSchema } from '../src/api/schema';
import { SERVER_ROOT } from '../src/shared/paths';

/** The schema is the API's manual: every type, field, argument and enum value says what it is. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        check(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    if (isUnionType(type)) check(type.name, type.description);
  }
  return missing;
}

test('every type, field, argument and enum value has a description', async () => {
  expect(undocumented(await getSchema())).toEqual([]);
});

test('the committed schema.graphql matches the code', async () => {
  const committed = fs.readFileSync(path.join(SERVER_ROOT, 'schema.graphql'), 'utf8');
  expect(committed).toBe(await printedSchema());
});

test('every list is a connection capped by first/last', async () => {
  const schema = await getSchema();
  const query = schema.getQueryType()!;
  const lists = Object.values(query.getFields()).filter((field) =>
    field.type.toString().endsWith('Connection!'),
  );
  expect(lists.map((field) => field.name).sort()).toEqual(
    [
      'cooperatives',
      'mentors',
      'notifications',
      'offerings',
      'partners',
      'programs',
      'proposals',
      'regions',
      'requests',
      'savedSearches',
      'search',
      'simkopdesImports',
      'webhookDeliveries',
    ].sort(),
  );
  for (const field of lists) {
    expect(field.args.map((arg) => arg.name)).toEqual(
      expect.arrayContaining(['first', 'after', 'last', 'before']),
    );
  }
});

test("a module's own error codes are in its own enum, and only there; every payload with `errors` offers the general codes", async () => {
  const schema = await getSchema();
  const enumType = (name: string) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    return type;
  };
  const userErrorCodes = enumType('UserErrorCode').getValues();
  const general = userErrorCodes.filter((value) => !value.deprecationReason).map((value) => value.name);
  const moduleOwned = userErrorCodes.filter((value) => value.deprecationReason);
  const moduleEnums = ['AccountErrorCode', 'ProposalErrorCode', 'TeamErrorCode'].map(enumType);

  // Each module-owned code is deprecated in UserErrorCode in favour of its module's enum; another
  // module's enum holds it only when that module's payloads give it too (the password policy's
  // codes, when accepting an invitation sets a password).
  const borrowed: Record<string, string[]> = { TeamErrorCode: ['AccountErrorCode'] };
  for (const value of moduleOwned) {
    const owner = value.deprecationReason!.match(/(\w+ErrorCode)\./)![1]!;
    const holders = moduleEnums.filter((type) => type.getValue(value.name)).map((type) => type.name);
    expect([
      value.name,
      holders.filter((name) => name === owner || !borrowed[name]?.includes(owner)),
    ]).toEqual([value.name, [owner]]);
  }
  expect(moduleOwned.map((value) => value.name)).toEqual(
    expect.arrayContaining(['PASSWORD_TOO_SHORT', 'INVALID_CREDENTIALS', 'TERMS_ABOVE_PROGRAM_CEILING']),
  );
  for (const type of moduleEnums) {
    expect(type.getValues().map((value) => value.name)).toEqual(expect.arrayContaining(general));
  }
  // Every payload that has `errors` is a module's, and has `userErrors` beside it.
  const withErrors = Object.values(schema.getTypeMap()).filter(
    (type) => isObjectType(type) && type.name.endsWith('Payload') && type.getFields().errors,
  );
  expect(withErrors.length).toBeGreaterThanOrEqual(20);
  for (const type of withErrors) {
    if (!isObjectType(type)) continue;
    expect([type.name, type.getFields().errors.type.toString()]).toEqual([
      type.name,
      expect.stringMatching(/^\[(Account|Proposal|Team)Error!\]!$/),
    ]);
    expect(type.getFields().userErrors.type.toString()).toBe('[UserError!]!');
  }
});
