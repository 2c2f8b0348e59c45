/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import id from '../../messages/id.json';
import {
  DOCUMENT_TYPES,
  PROGRAM_KINDS,
  PROGRAM_STATUSES,
  PROGRAM_STATUS_MOVES,
  QUANTITY_UNITS,
} from './partner-options';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../server/schema.graphql'), 'utf8'));

function valuesOf(enumName: string): string[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

describe('workspace option lists', () => {
  it.each([
    ['ProgramKind', PROGRAM_KINDS],
    ['ProgramStatus', PROGRAM_STATUSES],
    ['DocumentType', DOCUMENT_TYPES],
    ['QuantityUnit', QUANTITY_UNITS],
  ])('offer every value of %s', (enumName, values) => {
    expect([...values].sort()).toEqual(valuesOf(enumName).sort());
  });

  it('name every proposal status, partner request status and proposal kind', () => {
    expect(Object.keys(id.roleWorkspaces.proposalStatus).sort()).toEqual(valuesOf('ProposalStatus').sort());
    expect(Object.keys(id.enums.requestStatus).sort()).toEqual(valuesOf('PartnerRequestStatus').sort());
    expect(Object.keys(id.mentorWorkspace.dealKind).sort()).toEqual(valuesOf('ProposalKind').sort());
    expect(Object.keys(id.roleWorkspaces.userError).sort()).toEqual(valuesOf('UserErrorCode').sort());
  });

  it('move programs only as the API allows: never back to DRAFT, nothing after CLOSED', () => {
    expect(Object.values(PROGRAM_STATUS_MOVES).flat()).not.toContain('DRAFT');
    expect(PROGRAM_STATUS_MOVES.CLOSED).toEqual([]);
  });
});
