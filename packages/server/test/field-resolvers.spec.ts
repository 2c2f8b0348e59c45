import { getMetadataStorage } from 'type-graphql';
import { getSchema } from '../src/api/schema';
import { streamlineFieldResolvers, streamlinedFieldsOf } from '../src/graphql/field-resolvers';

/**
 * Field resolvers skip type-graphql's per-call pipeline where it adds nothing (see
 * graphql/field-resolvers.ts). What they return is covered by every API test; this checks which
 * fields are changed, and that none whose checks live in that pipeline is.
 */
test('the fields of list pages are called directly, and embedded values answer the rest', async () => {
  const fields = streamlinedFieldsOf(await getSchema());
  expect(fields).toEqual(
    expect.arrayContaining([
      'Cooperative.village (direct)',
      'Region.parent (direct)',
      'Cooperative.units (direct)',
      'Offering.cooperative (direct)',
      'Cooperative.offerings (embedded)',
    ]),
  );
});

test('no field resolver with roles or middlewares is changed', async () => {
  const fields = streamlinedFieldsOf(await getSchema());
  const storage = getMetadataStorage();
  const guarded = storage.fieldResolvers.filter(
    (definition) => definition.roles !== undefined || (definition.middlewares ?? []).length > 0,
  );
  for (const definition of guarded) {
    expect(fields.filter((field) => field.split(' ')[0].endsWith(`.${definition.schemaName}`))).toEqual([]);
  }
  // The schema has field resolvers of both kinds, so the check above checks something.
  expect(fields.length).toBeGreaterThan(20);
});

test('a schema is streamlined once', async () => {
  const schema = await getSchema();
  expect(() => streamlineFieldResolvers(schema)).toThrow('streamlined already');
});
