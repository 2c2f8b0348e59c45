import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import type { AuthorizationCase } from '../case';
import type { DemoUser } from '../fixture';
import { globalIdOf } from '../../support/ids';

/**
 * Import runs are an admin's or their Dinas office's: a run scoped to all of Indonesia (an
 * admin's) is refused to the Dinas offices (NOT_FOUND), and the operations to cooperative
 * officers, mentors and partners (FORBIDDEN).
 */
const OUTSIDERS: DemoUser[] = ['dinasSanggau', 'dinasProvince', 'ketua', 'mentor', 'bankAdmin', 'buyer'];

const importIdOf = (id: number) => globalIdOf('SimkopdesImport', id);
const conflictIdOf = (id: number) => globalIdOf('SimkopdesConflict', id);

let runId = 0;
let conflictId = 0;

/** An admin's run (scoped to all of Indonesia) in this status; its id. */
export async function run(knex: Knex, status: string): Promise<number> {
  const [row] = await knex('simkopdes_import')
    .insert({
      format: 'CSV',
      storage_key: randomBytes(16).toString('hex'),
      file_names: ['profil_koperasi.csv'],
      status,
      checked_at: knex.fn.now(),
    })
    .returning('id');
  runId = row.id;
  return runId;
}

const statusOf = async (knex: Knex) =>
  (await knex('simkopdes_import').where('id', runId).first('status'))?.status;

const step = (mutation: string, status: string): AuthorizationCase => ({
  mutation,
  target: `an admin's ${status} import`,
  document: `mutation ($input: SimkopdesImportInput!) { ${mutation}(input: $input) { import { status } userErrors { code } } }`,
  variables: async (_fixture, knex) => ({ input: { importId: importIdOf(await run(knex, status)) } }),
  outsiders: OUTSIDERS,
  insider: 'admin',
  state: (_fixture, knex) => statusOf(knex),
});

export const simkopdesCases: AuthorizationCase[] = [
  step('applySimkopdesImport', 'CHECKED'),
  step('undoSimkopdesImport', 'APPLIED'),
  step('discardSimkopdesImport', 'CHECKED'),
  {
    mutation: 'resolveSimkopdesConflict',
    target: "a conflict of an admin's applied import",
    document:
      'mutation ($input: ResolveSimkopdesConflictInput!) { resolveSimkopdesConflict(input: $input) { conflict { resolution } userErrors { code } } }',
    variables: async (fixture, knex) => {
      const importId = await run(knex, 'APPLIED');
      const [row] = await knex('simkopdes_conflict')
        .insert({
          import_id: importId,
          cooperative_id: fixture.demoCooperativeId,
          field: 'NAME',
          ours: 'A',
          theirs: 'B',
        })
        .returning('id');
      conflictId = row.id;
      return { input: { conflictId: conflictIdOf(conflictId), resolution: 'KEEP_OURS' } };
    },
    outsiders: OUTSIDERS,
    insider: 'admin',
    state: async (_fixture, knex) =>
      (await knex('simkopdes_conflict').where('id', conflictId).first('resolution'))?.resolution,
  },
];
