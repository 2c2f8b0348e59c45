import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type FragmentSpreadNode,
  type SelectionSetNode,
} from 'graphql';

/** Whether `@skip`/`@include` keep a selection, with the request's variables. */
function isIncluded(
  info: GraphQLResolveInfo,
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/** The field nodes directly selected in `selectionSet`, through fragments and inline fragments. */
function fieldNodesOf(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined): FieldNode[] {
  const fields: FieldNode[] = [];
  const pending = [...(selectionSet?.selections ?? [])];
  while (pending.length > 0) {
    const selection = pending.shift()!;
    if (!isIncluded(info, selection)) continue;
    if (selection.kind === 'Field') fields.push(selection);
    else if (selection.kind === 'InlineFragment') pending.push(...selection.selectionSet.selections);
    else pending.push(...(info.fragments[selection.name.value]?.selectionSet.selections ?? []));
  }
  return fields;
}

/**
 * One use of a selected field: its arguments, the names of the fields selected directly under it,
 * and its nodes in the query (to look deeper, see fieldsUnder).
 */
export interface FieldUse {
  args: Record<string, unknown>;
  selects: Set<string>;
  fieldNodes: FieldNode[];
}

/**
 * What selectedFields found, per field node of a document and per path and variables. Apollo
 * parses a query text once (its document cache), so the same query finds the same nodes on every
 * request, and the walk is done once per document, path and variables. A node keeps at most
 * SELECTIONS_PER_NODE answers (variables such as cursors vary with every page).
 */
const selectionsByNode = new WeakMap<FieldNode, Map<string, ReadonlyMap<string, readonly FieldUse[]>>>();
const SELECTIONS_PER_NODE = 100;

/**
 * The fields selected under `path` of the field being resolved (e.g. ['edges', 'node'] of a
 * connection), with every use of each (uses with the same arguments are one, their selections
 * merged): what a list can read with its page instead of leaving each to its own resolver. Fields
 * of an abstract type on the path are not followed (empty result). The answer is shared by the
 * requests of the same query: read it, never change it.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  path: readonly string[],
): ReadonlyMap<string, readonly FieldUse[]> {
  // One node is the usual case; a field asked for twice under one name is walked every time.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  if (!node) return walkSelectedFields(info, path);
  let answers = selectionsByNode.get(node);
  if (!answers) selectionsByNode.set(node, (answers = new Map()));
  const key = `${path.join('.')}\u0000${JSON.stringify(info.variableValues)}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = walkSelectedFields(info, path);
    if (answers.size < SELECTIONS_PER_NODE) answers.set(key, answer);
  }
  return answer;
}

function walkSelectedFields(info: GraphQLResolveInfo, path: readonly string[]): Map<string, FieldUse[]> {
  let type = getNamedType(info.returnType);
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    if (!isObjectType(type)) return new Map();
    const field = type.getFields()[name];
    if (!field) return new Map();
    nodes = nodes
      .flatMap((node) => fieldNodesOf(info, node.selectionSet))
      .filter((node) => node.name.value === name);
    type = getNamedType(field.type);
  }
  if (!isObjectType(type)) return new Map();
  const objectType: GraphQLObjectType = type;
  const selected = new Map<string, FieldUse[]>();
  for (const node of nodes.flatMap((parent) => fieldNodesOf(info, parent.selectionSet))) {
    const field: GraphQLField<unknown, unknown> | undefined = objectType.getFields()[node.name.value];
    if (!field) continue;
    const args = getArgumentValues(field, node, info.variableValues);
    const uses = selected.get(node.name.value) ?? [];
    const key = JSON.stringify(args);
    let use = uses.find((candidate) => JSON.stringify(candidate.args) === key);
    if (!use) {
      use = { args, selects: new Set(), fieldNodes: [] };
      uses.push(use);
    }
    use.fieldNodes.push(node);
    for (const child of fieldNodesOf(info, node.selectionSet)) use.selects.add(child.name.value);
    selected.set(node.name.value, uses);
  }
  return selected;
}

/**
 * What fieldsUnder found, per use (or list of uses) and path. Uses come from selectedFields' kept
 * answers, so the same query finds the same uses on every request and the walk is done once.
 */
const fieldsUnderUses = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields selected under `path` of `uses` (e.g. ['edges', 'node'] of a
 * connection; [] for the fields directly under them), across all uses: what the rows read for
 * those uses must hold. Shared by the requests of the same query: read it, never change it.
 */
export function fieldsUnder(
  info: GraphQLResolveInfo,
  uses: readonly FieldUse[],
  path: readonly string[],
): ReadonlySet<string> {
  const owner = uses.length === 1 ? uses[0]! : uses;
  let byPath = fieldsUnderUses.get(owner);
  if (!byPath) fieldsUnderUses.set(owner, (byPath = new Map()));
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) {
    let nodes = uses.flatMap((use) => use.fieldNodes);
    for (const name of path) {
      nodes = nodes
        .flatMap((node) => fieldNodesOf(info, node.selectionSet))
        .filter((node) => node.name.value === name);
    }
    names = new Set(
      nodes.flatMap((node) => fieldNodesOf(info, node.selectionSet)).map((node) => node.name.value),
    );
    byPath.set(key, names);
  }
  return names;
}

const namesOfSelections = new WeakMap<ReadonlyMap<string, readonly FieldUse[]>, ReadonlySet<string>>();

/** The names of the fields in a selectedFields answer, made once per answer (shared: never change it). */
export function fieldNames(selected: ReadonlyMap<string, readonly FieldUse[]>): ReadonlySet<string> {
  let names = namesOfSelections.get(selected);
  if (!names) namesOfSelections.set(selected, (names = new Set(selected.keys())));
  return names;
}

/** Whether the field being resolved selects `name` directly (e.g. a connection's `totalCount`). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) =>
    fieldNodesOf(info, node.selectionSet).some((field) => field.name.value === name),
  );
}

/** What a root list reads with its page for the connection field being resolved (its total when selected). */
export function pageExtrasOf(info: GraphQLResolveInfo): { withTotal: boolean } {
  return { withTotal: selectsField(info, 'totalCount') };
}
