import type { Context } from '../../graphql/context';
import { loadOne } from '../../graphql/context';
import type { ConnectionArgs, ConnectionShape } from '../../graphql/relay';
import { nestedConnection, rootConnection, type Ordering } from '../../shared/keyset';
import { Mentor, type MentorRow } from './mentor.type';
import type { MentorFilter } from './mentor.input';

const COLUMNS = ['m.id', 'm.role', 'm.name', 'm.phone', 'm.regency_code', 'm.supervisor_id'];

const BY_NAME: Ordering = {
  name: 'NAME',
  direction: 'asc',
  columns: [
    { sql: 'm.name', key: 'name', kind: 'text' },
    { sql: 'm.id', key: 'id', kind: 'integer' },
  ],
};

const toMentor = (row: Record<string, unknown>) => Mentor.fromRow(row as unknown as MentorRow);

/** Batched mentor lookup by database id. */
export function mentorById(ctx: Context, id: number): Promise<Mentor | null> {
  return loadOne(ctx, 'mentorById', id, {
    fetch: (ids): Promise<MentorRow[]> => ctx.knex('mentor as m').select(COLUMNS).whereIn('m.id', ids),
    keyOf: (row) => row.id,
    toNode: (row) => Mentor.fromRow(row),
  });
}

/** Batched: the BA with an open assignment to each cooperative. */
export function currentMentorOfCooperative(ctx: Context, cooperativeId: number): Promise<Mentor | null> {
  return loadOne(ctx, 'currentMentorOfCooperative', cooperativeId, {
    fetch: (ids): Promise<(MentorRow & { cooperative_id: number })[]> =>
      ctx
        .knex('mentor_assignment as a')
        .join('mentor as m', 'm.id', 'a.mentor_id')
        .select([...COLUMNS, 'a.cooperative_id'])
        .whereIn('a.cooperative_id', ids)
        .whereNull('a.ended_at'),
    keyOf: (row) => row.cooperative_id,
    toNode: (row) => Mentor.fromRow(row),
  });
}

export function listMentors(
  ctx: Context,
  filter: MentorFilter,
  args: ConnectionArgs,
): Promise<ConnectionShape<Mentor>> {
  return rootConnection({
    knex: ctx.knex,
    list: 'mentors',
    ordering: BY_NAME,
    args,
    columns: COLUMNS,
    toNode: toMentor,
    filtered: () => {
      const qb = ctx.knex('mentor as m');
      if (filter.role) qb.where('m.role', filter.role);
      if (filter.regencyCode) qb.where('m.regency_code', filter.regencyCode);
      return qb;
    },
  });
}

/** The BAs a PMO supervises, by name. */
export function mentorsSupervisedBy(
  ctx: Context,
  supervisorId: number,
  args: ConnectionArgs,
): Promise<ConnectionShape<Mentor>> {
  return nestedConnection(
    ctx,
    {
      list: 'mentor.supervisedMentors',
      ordering: BY_NAME,
      args,
      parentSql: 'm.supervisor_id',
      columns: COLUMNS,
      toNode: toMentor,
      filtered: (supervisorIds) => ctx.knex('mentor as m').whereIn('m.supervisor_id', supervisorIds),
    },
    supervisorId,
  );
}
