import reference from '@/generated/schema-reference.json';

/**
 * The API's schema as the reference pages read it, written at build time from the API's
 * schema.graphql by scripts/schema-reference.mjs (server components only: it is half a megabyte).
 */
export interface TypeRef {
  /** As written in the schema, e.g. `[Offering!]!`. */
  text: string;
  /** The named type it links to. */
  named: string;
}

export interface ReferenceArgument {
  name: string;
  description: string;
  type: TypeRef;
  defaultValue: string | null;
}

export interface ReferenceField extends ReferenceArgument {
  args: ReferenceArgument[];
  deprecationReason: string | null;
}

export type ReferenceKind = 'OBJECT' | 'INPUT_OBJECT' | 'ENUM' | 'INTERFACE' | 'UNION' | 'SCALAR';

export interface ReferenceType {
  name: string;
  kind: ReferenceKind;
  description: string;
  fields: ReferenceField[];
  values: { name: string; description: string }[];
  interfaces: string[];
  possibleTypes: string[];
  isBuiltInScalar: boolean;
}

interface SchemaReference {
  roots: { query: string | null; mutation: string | null; subscription: string | null };
  types: ReferenceType[];
  sdl: string;
}

const SCHEMA = reference as SchemaReference;
const BY_NAME = new Map(SCHEMA.types.map((type) => [type.name, type]));

export const ROOT_TYPES = SCHEMA.roots;
export const SCHEMA_SDL = SCHEMA.sdl;

export function referenceType(name: string): ReferenceType | null {
  return BY_NAME.get(name) ?? null;
}

/** Every type but the root operation types and the built-in scalars, by kind, in name order. */
export function referenceTypesByKind(): Map<ReferenceKind, ReferenceType[]> {
  const roots = new Set(Object.values(SCHEMA.roots));
  const groups = new Map<ReferenceKind, ReferenceType[]>();
  for (const type of SCHEMA.types) {
    if (roots.has(type.name) || type.isBuiltInScalar) continue;
    const group = groups.get(type.kind) ?? [];
    group.push(type);
    groups.set(type.kind, group);
  }
  return groups;
}

/** The first sentence of a description, for lists. */
export function firstSentence(description: string): string {
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(description.trim());
  return (match ? match[0] : description).trim();
}
