import { GraphQLScalarType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { embeddedOn } from '../read-layer/keyset';

/**
 * Field resolvers without type-graphql's per-call pipeline where it adds nothing.
 *
 * type-graphql calls every `@FieldResolver` through a generic pipeline: it builds the call's data,
 * looks up the resolver instance, runs the middlewares, and for each call sorts the parameter list
 * and awaits every argument's validation (`Promise.all`, even when nothing is validated). A page of
 * 20 cooperatives with their village, district, regency, units and offerings makes ~100 such calls.
 * For a field whose resolver has no middleware and no roles, and whose parameters are only the
 * parent, the context, the resolve info and arguments of scalar or enum type (which type-graphql
 * passes as they are, unvalidated), the method is called directly. Anything else keeps the
 * pipeline, and so does a parent that is not an instance of the type's class (type-graphql would
 * convert it first).
 *
 * Every field with a resolver also answers first from what its parent's page read for it (see
 * EmbeddedRelation in read-layer/keyset.ts): a value embedded under the field and its arguments is the
 * answer, without calling the resolver. Fields with middlewares or roles never do, so no embedded
 * value can pass round a check.
 *
 * Returns the fields changed, as `Type.field (direct|embedded)` (also kept: streamlinedFieldsOf).
 */
export function streamlineFieldResolvers(schema: GraphQLSchema): string[] {
  if (streamlined.has(schema)) throw new Error('The schema has been streamlined already.');
  const storage = getMetadataStorage();
  const instances = new Map<object, unknown>();
  const changed: string[] = [];
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const definition of storage.fieldResolvers) {
      if (definition.kind !== 'external') continue;
      const declaredOn = definition.getObjectType?.();
      if (
        typeof declaredOn !== 'function' ||
        !(objectType.target === declaredOn || objectType.target.prototype instanceof declaredOn)
      ) {
        continue;
      }
      const field = fields[definition.schemaName];
      if (!field?.resolve) continue;
      if (definition.roles !== undefined || (definition.middlewares ?? []).length > 0) continue;
      const pipeline = field.resolve;
      const rootClass = objectType.target;
      const params = [...(definition.params ?? [])].sort((a, b) => a.index - b.index);
      const direct = params.every(
        (param) =>
          (param.kind === 'root' && !param.propertyName) ||
          (param.kind === 'context' && !param.propertyName) ||
          param.kind === 'info' ||
          (param.kind === 'arg' && !param.validateFn && isPassedAsIs(param.getType())),
      );
      let resolve: GraphQLFieldResolver<unknown, unknown> = pipeline;
      if (direct) {
        if (!instances.has(definition.target)) {
          instances.set(definition.target, new (definition.target as new () => unknown)());
        }
        const instance = instances.get(definition.target) as Record<
          string,
          (...values: unknown[]) => unknown
        >;
        const method = instance[definition.methodName];
        const valueOf = params.map((param): GraphQLFieldResolver<unknown, unknown> => {
          switch (param.kind) {
            case 'root':
              return (root) => root;
            case 'context':
              return (_root, _args, context) => context;
            case 'info':
              return (_root, _args, _context, info) => info;
            default: {
              const name = (param as { name: string }).name;
              return (_root, args) => args[name];
            }
          }
        });
        resolve = (root, args, context, info) => {
          if (!(root instanceof rootClass)) return pipeline(root, args, context, info);
          const values = valueOf.map((value) => value(root, args, context, info));
          return method.apply(instance, values);
        };
      }
      const resolveCalled = resolve;
      field.resolve = (root, args, context, info) => {
        const embedded =
          root !== null && typeof root === 'object' ? embeddedOn(root, info.fieldName, args) : undefined;
        return embedded !== undefined ? embedded : resolveCalled(root, args, context, info);
      };
      changed.push(`${type.name}.${definition.schemaName} (${direct ? 'direct' : 'embedded'})`);
    }
  }
  streamlined.set(schema, changed);
  return changed;
}

const streamlined = new WeakMap<GraphQLSchema, string[]>();

/** The fields streamlineFieldResolvers changed in `schema`. */
export function streamlinedFieldsOf(schema: GraphQLSchema): readonly string[] {
  return streamlined.get(schema) ?? [];
}

/** Whether type-graphql hands an argument of this type to the resolver as given (no conversion, no validation). */
function isPassedAsIs(type: unknown): boolean {
  if (type instanceof GraphQLScalarType) return true;
  if (type === String || type === Number || type === Boolean) return true;
  // An enum (a plain object of values); input and args classes are functions.
  return type !== null && typeof type === 'object' && !Array.isArray(type);
}
