import { ArgsType, Field, ID, InterfaceType, Int, ObjectType, type ClassType } from 'type-graphql';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ConnectionShape,
  type PageInfoShape,
  type PageArgs,
} from '../shared/paging';

/* ---------- Nodes (global IDs: shared/global-id.ts) ---------- */

@InterfaceType({ description: 'An object with a globally unique, opaque ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque ID of this object.' })
  id!: string;
}

/* ---------- Connections ---------- */

@ArgsType()
export class ConnectionArgs implements PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (0–${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items before \`before\` (0–${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Where a page sits in its list (Relay cursor connections).',
})
export class PageInfo implements PageInfoShape {
  @Field(() => Boolean, { description: 'More items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'More items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor!: string | null;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node class. */
export function ConnectionType<T extends object>(nodeClass: ClassType<T>, name: string, noun: string) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${noun} in a page, with its cursor.`,
  })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after`/`before`.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${noun}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${noun}s (Relay cursor connection).`,
  })
  class Connection implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: `The ${noun}s of this page, in order.` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether there are more pages, and their cursors.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: `How many ${noun}s the whole list has with these filters (costs one extra query).`,
    })
    totalCount!: () => number | Promise<number>;
  }

  return Connection;
}
