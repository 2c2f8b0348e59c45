import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { curlOf, EXAMPLES, FIRST_REQUEST, typedCallOf } from './examples';

const SCHEMA_FILE = path.join(__dirname, '../../../../server/schema.graphql');
const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const calls = [FIRST_REQUEST, ...EXAMPLES.flatMap((example) => example.calls)];

describe('the developer pages’ examples', () => {
  test.each(calls.map((call) => [call.step, call] as const))(
    '%s is valid against the API’s schema',
    (_step, call) => {
      expect(validate(schema, parse(call.document)).map((error) => error.message)).toEqual([]);
    },
  );

  test('every variable the documents declare is given, and no other', () => {
    for (const call of calls) {
      const declared = [...call.document.matchAll(/\$(\w+):/g)].map((match) => match[1]).sort();
      expect({ step: call.step, variables: Object.keys(call.variables).sort() }).toEqual({
        step: call.step,
        variables: declared,
      });
    }
  });

  test('the curl command sends the document and variables as JSON, with the token from the environment', () => {
    const call = EXAMPLES[0].calls[0];
    const command = curlOf(call);
    expect(command).toContain('"$MITRADESA_URL/graphql"');
    expect(command).toContain('authorization: Bearer $MITRADESA_TOKEN');
    const body = command.slice(command.indexOf("<<'JSON'\n") + 8, command.lastIndexOf('\nJSON'));
    expect(JSON.parse(body)).toEqual({ query: call.document, variables: call.variables });
  });

  test('the typed client call names the document after its operation', () => {
    expect(typedCallOf(EXAMPLES[2])).toContain('const MyTurn = graphql(`');
    expect(typedCallOf(EXAMPLES[2])).toContain('await call(MyTurn, {');
  });
});

describe('the schema reference written at build time', () => {
  test('holds every root operation and type of the schema, with arguments, values and the SDL', () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-reference-')), 'reference.json');
    execFileSync(process.execPath, [path.join(__dirname, '../../../scripts/schema-reference.mjs'), output]);
    const reference = JSON.parse(fs.readFileSync(output, 'utf8'));
    expect(reference.roots).toEqual({ query: 'Query', mutation: 'Mutation', subscription: 'Subscription' });
    const byName = new Map(reference.types.map((type: { name: string }) => [type.name, type]));
    expect(byName.size).toBe(
      Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__')).length,
    );
    const query = byName.get('Query') as { fields: { name: string; args: { name: string }[] }[] };
    const cooperatives = query.fields.find((field) => field.name === 'cooperatives')!;
    expect(cooperatives.args.map((arg) => arg.name)).toEqual(
      expect.arrayContaining(['filter', 'first', 'after', 'last', 'before']),
    );
    expect(byName.get('WebhookEventType')).toMatchObject({
      kind: 'ENUM',
      values: expect.arrayContaining([expect.objectContaining({ name: 'PROPOSAL_MOVED' })]),
    });
    expect(byName.get('CreateProposalInput')).toMatchObject({ kind: 'INPUT_OBJECT' });
    expect(reference.sdl).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
