import type { Knex } from '@mikro-orm/postgresql';
import type { AuthorizationCase } from '../case';
import { globalIdOf } from '../../support/ids';
import type { Fixture } from '../fixture';

const payload = (mutation: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code } } }`;

/** A throw-away document of the demo cooperative, for update and remove. */
async function insertDocument(knex: Knex, fixture: Fixture): Promise<{ id: number; version: number }> {
  const [row] = await knex('cooperative_document')
    .insert({ cooperative_id: fixture.demoCooperativeId, type: 'OTHER', note: 'uji' })
    .returning(['id', 'version']);
  return row as { id: number; version: number };
}

const documentsOf = (knex: Knex, cooperativeId: number) =>
  knex('cooperative_document')
    .where('cooperative_id', cooperativeId)
    .orderBy('id')
    .select('id', 'type', 'number', 'note', 'expires_on', 'version', 'verification_level');

/**
 * Documents belong to the cooperative's board (KETUA, PENGURUS) and its mentors: staff, the Dinas
 * (who read them), other cooperatives and partners are refused. Attesting is for an assigned mentor.
 */
export const documentCases: AuthorizationCase[] = [
  {
    mutation: 'addCooperativeDocument',
    target: 'the documents of the demo cooperative',
    document: payload('addCooperativeDocument', 'AddCooperativeDocumentInput', 'document { id }'),
    variables: (fixture) => ({
      input: {
        cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        type: 'NIB',
        number: '9120001234567',
      },
    }),
    outsiders: ['staff', 'otherKetua', 'bankAdmin', 'buyer', 'dinasSanggau', 'dinasProvince'],
    insider: 'pengurus',
    state: (fixture, knex) => documentsOf(knex, fixture.demoCooperativeId),
  },
  {
    mutation: 'updateCooperativeDocument',
    target: 'a document of the demo cooperative',
    document: payload('updateCooperativeDocument', 'UpdateCooperativeDocumentInput', 'document { id }'),
    variables: async (fixture, knex) => {
      const row = await insertDocument(knex, fixture);
      return {
        input: { id: globalIdOf('CooperativeDocument', row.id), version: row.version, note: 'diubah' },
      };
    },
    outsiders: ['staff', 'otherKetua', 'bankOfficer', 'dinasSanggau'],
    insider: 'mentor',
    state: (fixture, knex) => documentsOf(knex, fixture.demoCooperativeId),
  },
  {
    mutation: 'removeCooperativeDocument',
    target: 'a document of the demo cooperative',
    document: payload('removeCooperativeDocument', 'RemoveCooperativeDocumentInput', 'removedDocumentId'),
    variables: async (fixture, knex) => {
      const row = await insertDocument(knex, fixture);
      return { input: { id: globalIdOf('CooperativeDocument', row.id), version: row.version } };
    },
    outsiders: ['staff', 'otherKetua', 'buyer', 'dinasProvince'],
    insider: 'ketua',
    state: (fixture, knex) => documentsOf(knex, fixture.demoCooperativeId),
  },
  {
    mutation: 'attestCooperativeFact',
    target: 'a document of the demo cooperative',
    document: payload('attestCooperativeFact', 'AttestCooperativeFactInput', 'attestation { id }'),
    variables: async (fixture, knex) => {
      const [row] = await knex('cooperative_document')
        .insert({
          cooperative_id: fixture.demoCooperativeId,
          type: 'LAND_PROOF',
          verification_level: 'SELF_DECLARED',
        })
        .returning('id');
      return {
        input: {
          cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
          subject: 'DOCUMENT_SEEN',
          documentId: globalIdOf('CooperativeDocument', (row as { id: number }).id),
        },
      };
    },
    // An attestation says a mentor was there: not the cooperative itself, not even an admin.
    outsiders: ['ketua', 'staff', 'admin', 'otherKetua', 'bankOfficer', 'dinasSanggau'],
    insider: 'mentor',
    state: async (fixture, knex) => ({
      attestations: await knex('cooperative_attestation')
        .where('cooperative_id', fixture.demoCooperativeId)
        .select('id'),
      documents: await documentsOf(knex, fixture.demoCooperativeId),
      cooperative: await knex('cooperative')
        .where('id', fixture.demoCooperativeId)
        .first('verification_level'),
    }),
  },
];
