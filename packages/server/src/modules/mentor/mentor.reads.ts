import type { Context } from '../../request-context';
import { loadOne } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import type { Ordering, PageExtras } from '../../read-layer/keyset';
import { byId, nestedList, readTable, rootList } from '../../read-layer/read-table';
import { Mentor, type MentorRow } from './mentor.type';
import type { MentorFilter } from './mentor.input';

const MENTORS = readTable({
  name: 'mentor',
  from: 'mentor as m',
  columns: ['m.id', 'm.role', 'm.name', 'm.phone', 'm.regency_code', 'm.supervisor_id'],
  toNode: (row: MentorRow) => Mentor.fromRow(row),
});

const BY_NAME: Ordering = {
  name: 'NAME',
  direction: 'asc',
  columns: [
    { sql: 'm.name', key: 'name', kind: 'text' },
    { sql: 'm.id', key: 'id', kind: 'integer' },
  ],
};

/** Batched mentor lookup by database id. */
export function mentorById(ctx: Context, id: number): Promise<Mentor | null> {
  return byId(ctx, MENTORS, id);
}

/** Batched: the BA with an open assignment to each cooperative. */
export function currentMentorOfCooperative(ctx: Context, cooperativeId: number): Promise<Mentor | null> {
  return loadOne(ctx, 'currentMentorOfCooperative', cooperativeId, {
    fetch: (ids): Promise<(MentorRow & { cooperative_id: number })[]> =>
      ctx
        .knex('mentor_assignment as a')
        .join('mentor as m', 'm.id', 'a.mentor_id')
        .select([...MENTORS.columns, 'a.cooperative_id'])
        .whereIn('a.cooperative_id', ids)
        .whereNull('a.ended_at'),
    keyOf: (row) => row.cooperative_id,
    toNode: (row) => Mentor.fromRow(row),
  });
}

export function listMentors(
  ctx: Context,
  filter: MentorFilter,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<Mentor>> {
  return rootList(ctx, MENTORS, {
    name: 'mentors',
    ordering: BY_NAME,
    args,
    ...extras,
    where: (rows) => {
      if (filter.role) rows.where('m.role', filter.role);
      if (filter.regencyCode) rows.where('m.regency_code', filter.regencyCode);
    },
  });
}

/** The BAs a PMO supervises, by name. */
export function mentorsSupervisedBy(
  ctx: Context,
  supervisorId: number,
  args: PageArgs,
): Promise<ConnectionShape<Mentor>> {
  return nestedList(
    ctx,
    MENTORS,
    {
      name: 'mentor.supervisedMentors',
      ordering: BY_NAME,
      args,
      parentSql: 'm.supervisor_id',
      where: (rows, supervisorIds) => rows.whereIn('m.supervisor_id', supervisorIds),
    },
    supervisorId,
  );
}
