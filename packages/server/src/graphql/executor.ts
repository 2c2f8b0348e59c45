import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  defaultFieldResolver,
  execute,
  GraphQLError,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';
import { getMetadataStorage } from 'type-graphql';

/**
 * Compiled execution of queries and mutations.
 *
 * Most of a read's JavaScript time went to graphql-js walking the same document again for every
 * request; graphql-jit compiles an operation once into a function that resolves it, which the
 * measurements in STACK.md put at ~1.5× the throughput of graphql-js for our reads. Apollo Server
 * 5 has no executor option: its gateway interface is the one place where execution can be handed
 * over, so this module is a minimal "gateway" serving our own schema.
 *
 * Behaviour stays graphql-js's where graphql-jit differs:
 * - errors are rebuilt as graphql-js GraphQLErrors (graphql-jit's lack `extensions` when the thrown
 *   error had none, which Apollo's error normalisation cannot read, and lack the AST nodes);
 * - a request failing before any resolver runs (variables that do not fit their types, an unknown
 *   operation) is answered by graphql-js, so the message, the BAD_USER_INPUT code Apollo gives to
 *   variable errors and the HTTP status are exactly as before;
 * - an operation graphql-jit cannot compile runs on graphql-js (logged once at debug);
 * - a field without a resolver whose value is a function (a connection's lazy `totalCount`) is
 *   called, as graphql-js's default resolver does, where graphql-jit would read the function
 *   itself (see resolveFunctionProperties);
 * - subscriptions never come here: graphql-ws runs them with graphql-js (subscriptions.ts).
 */

export type ExecutorKind = 'jit' | 'js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** Compiled operations kept, least recently used first out. */
export const COMPILED_OPERATIONS_CACHE_SIZE = 1000;

/** Marks an operation graphql-jit could not compile: it runs on graphql-js from then on. */
const NOT_COMPILABLE = Symbol('not compilable');

type CacheEntry = CompiledQuery | typeof NOT_COMPILABLE;

/** A small LRU on Map's insertion order: a hit is moved to the end, the first key is the oldest. */
class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * graphql-jit's errors carry `locations` but not the AST nodes, and `extensions` only when the
 * thrown error had some: rebuilt as graphql-js would have built them, with the same message, path,
 * locations, original error and extensions, so that Apollo and createErrorFormatter see no
 * difference.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype && error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-js derives locations from nodes, which graphql-jit no longer has; the property is a
  // plain one (readonly only in the typings).
  (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations?.length
    ? error.locations
    : undefined;
  return rebuilt;
}

/**
 * graphql-js calls a property that is a function when its field has no resolver (relay.ts
 * ConnectionShape.totalCount counts only when asked); graphql-jit reads properties as they are.
 * Every field declared on a type-graphql class as a function (`design:type` Function) and without
 * a resolver gets graphql-js's default resolver, which does the same for graphql-js and makes
 * graphql-jit call it. Returns the fields changed, as `Type.field`.
 */
export function resolveFunctionProperties(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const functionFields = new Map<unknown, Set<string>>();
  for (const field of storage.fields) {
    const declared: unknown = Reflect.getMetadata('design:type', field.target.prototype, field.name);
    if (declared !== Function) continue;
    const names = functionFields.get(field.target) ?? new Set<string>();
    names.add(field.schemaName);
    functionFields.set(field.target, names);
  }
  const changed: string[] = [];
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    // Fields may be declared on a class the type extends.
    for (
      let target: unknown = objectType.target;
      typeof target === 'function';
      target = Object.getPrototypeOf(target)
    ) {
      for (const name of functionFields.get(target) ?? []) {
        const field = fields[name];
        if (field && !field.resolve) {
          field.resolve = defaultFieldResolver;
          changed.push(`${type.name}.${name}`);
        }
      }
      if (target === Function.prototype) break;
    }
  }
  return changed;
}

export interface CompiledExecutionOptions {
  schema: GraphQLSchema;
  log: Logger;
  /** `js` runs every operation on graphql-js (to compare, or to rule graphql-jit out of a problem). */
  kind: ExecutorKind;
  cacheSize?: number;
}

/** What the executor reads of Apollo's (gateway) request context. */
interface ExecutionRequest {
  source?: string;
  document: DocumentNode;
  /** The operation Apollo resolved; absent when the document has none by the requested name. */
  operation?: { operation: string } | null;
  request: { variables?: Record<string, unknown>; operationName?: string };
  context: unknown;
}

/** The executor alone (also what the gateway hands to Apollo), for tests and benchmarks. */
export function createExecutor(options: CompiledExecutionOptions) {
  const { schema, log, kind } = options;
  if (kind === 'jit') resolveFunctionProperties(schema);
  const compiled = new LruCache<CacheEntry>(options.cacheSize ?? COMPILED_OPERATIONS_CACHE_SIZE);

  const runOnGraphQLJs = (request: ExecutionRequest) =>
    execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });

  const compiledFor = (request: ExecutionRequest): CacheEntry => {
    // The text identifies the document (Apollo parses it to the same tree every time).
    const operationName = request.request.operationName;
    const key = `${operationName ?? ''}\u0000${request.source ?? ''}`;
    const cached = request.source === undefined ? undefined : compiled.get(key);
    if (cached !== undefined) return cached;
    let entry: CacheEntry;
    try {
      const result = compileQuery(schema, request.document, operationName);
      if (isCompiledQuery(result)) entry = result;
      else {
        entry = NOT_COMPILABLE;
        log.debug(
          { operation: operationName ?? null, reason: result.errors?.[0]?.message },
          'graphql-jit cannot compile this operation: it runs on graphql-js',
        );
      }
    } catch (error) {
      log.debug(
        { operation: operationName ?? null, err: error },
        'graphql-jit cannot compile this operation: it runs on graphql-js',
      );
      entry = NOT_COMPILABLE;
    }
    if (request.source !== undefined) compiled.set(key, entry);
    return entry;
  };

  const executor = async (request: ExecutionRequest): Promise<ExecutionResult> => {
    const operation = request.operation?.operation;
    if (kind === 'js' || (operation !== 'query' && operation !== 'mutation')) {
      return runOnGraphQLJs(request);
    }
    const entry = compiledFor(request);
    if (entry === NOT_COMPILABLE) return runOnGraphQLJs(request);
    const result = await entry.query(undefined, request.context, request.request.variables ?? {});
    // No data at all: the request failed before execution (its variables); nothing has run, so
    // graphql-js answers it with its own errors.
    if (result.data === undefined) return runOnGraphQLJs(request);
    if (!result.errors?.length) return { data: result.data };
    return { data: result.data, errors: result.errors.map(asGraphQLJsError) };
  };
  return Object.assign(executor, { cachedOperations: () => compiled.size });
}

/**
 * Apollo Server's gateway interface serving our own schema with createExecutor: the schema never
 * changes while the process runs, so `load` hands it over once and there is nothing to stop.
 */
export function compiledExecutionGateway(options: CompiledExecutionOptions): Gateway {
  const executor = createExecutor(options);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: options.schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor: async (requestContext) => executor(requestContext) };
    },
    async stop() {},
  };
}
