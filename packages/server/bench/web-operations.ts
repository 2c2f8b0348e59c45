import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { REPO_ROOT } from '../src/shared/paths';

const OPERATIONS_DIR = path.join(REPO_ROOT, 'packages/web/src/graphql/operations');

/**
 * A named operation of the web app's documents with the fragments it uses (from any document),
 * so the benchmark sends what the pages send, and follows them when they change.
 */
export function webOperation(name: string): string {
  const definitions: DefinitionNode[] = fs
    .readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).definitions);
  const operation = definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!operation) throw new Error(`The web operations have no operation named ${name}`);
  const fragments = new Map(
    definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...used.values()].map((definition) => print(definition)).join('\n\n');
}
