import { fromGlobalId, toGlobalId, type NodeTypeName } from '../../src/shared/global-id';

/** The database key behind a global ID, for checking stored state in tests. */
export function dbIdOf(globalId: string): number {
  return Number(fromGlobalId(globalId).key);
}

export function globalIdOf(type: NodeTypeName, key: number | string): string {
  return toGlobalId(type, key);
}
