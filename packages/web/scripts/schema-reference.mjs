// Writes the partner API's schema reference (src/generated/schema-reference.json) from the API's
// committed schema (packages/server/schema.graphql), at build time: the /developers/reference pages
// render it, and /developers/schema.graphql serves the SDL itself, so the documentation is the
// schema the API was built with and needs nothing from a CDN.
//   node scripts/schema-reference.mjs [output.json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  getNamedType,
} from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_FILE = path.resolve(here, '../../server/schema.graphql');
const output = path.resolve(process.argv[2] ?? path.join(here, '../src/generated/schema-reference.json'));

const sdl = fs.readFileSync(SCHEMA_FILE, 'utf8');
const schema = buildSchema(sdl);

const kindOf = (type) =>
  isObjectType(type)
    ? 'OBJECT'
    : isInputObjectType(type)
      ? 'INPUT_OBJECT'
      : isEnumType(type)
        ? 'ENUM'
        : isInterfaceType(type)
          ? 'INTERFACE'
          : isUnionType(type)
            ? 'UNION'
            : 'SCALAR';

/** A type reference as written (`[Offering!]!`) and the named type it links to. */
const typeRef = (type) => ({ text: String(type), named: getNamedType(type).name });

const argument = (arg) => ({
  name: arg.name,
  description: arg.description ?? '',
  type: typeRef(arg.type),
  defaultValue: arg.defaultValue === undefined ? null : JSON.stringify(arg.defaultValue),
});

const field = (entry) => ({
  name: entry.name,
  description: entry.description ?? '',
  type: typeRef(entry.type),
  args: (entry.args ?? []).map(argument),
  deprecationReason: entry.deprecationReason ?? null,
});

const types = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__'))
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((type) => ({
    name: type.name,
    kind: kindOf(type),
    description: type.description ?? '',
    fields:
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? Object.values(type.getFields()).map((entry) =>
            isInputObjectType(type)
              ? { ...argument(entry), args: [], deprecationReason: null }
              : field(entry),
          )
        : [],
    values: isEnumType(type)
      ? type.getValues().map((value) => ({ name: value.name, description: value.description ?? '' }))
      : [],
    interfaces:
      isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().map((entry) => entry.name) : [],
    possibleTypes: isUnionType(type) ? type.getTypes().map((entry) => entry.name) : [],
    isBuiltInScalar: isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
  }));

const reference = {
  roots: {
    query: schema.getQueryType()?.name ?? null,
    mutation: schema.getMutationType()?.name ?? null,
    subscription: schema.getSubscriptionType()?.name ?? null,
  },
  types,
  sdl,
};
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, `${JSON.stringify(reference)}\n`);
console.log(`schema reference: ${types.length} types → ${path.relative(process.cwd(), output)}`);
