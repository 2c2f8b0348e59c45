/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import {
  MANAGEMENT_PATTERNS,
  OFFICER_ROLES,
  PROPOSAL_ACTIONS,
  PROPOSAL_ACTORS,
  PROPOSAL_KINDS,
  PROPOSAL_SIDES,
  PROPOSAL_STATUSES,
  QUANTITY_UNITS,
} from './workspace-enum-values';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../server/schema.graphql'), 'utf8'));

function valuesOf(enumName: string): string[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

describe('workspace option lists', () => {
  it.each([
    ['ProposalKind', PROPOSAL_KINDS],
    ['ProposalStatus', PROPOSAL_STATUSES],
    ['ProposalSide', PROPOSAL_SIDES],
    ['ProposalAction', PROPOSAL_ACTIONS],
    ['ProposalActor', PROPOSAL_ACTORS],
    ['QuantityUnit', QUANTITY_UNITS],
    ['ManagementPattern', MANAGEMENT_PATTERNS],
    ['OfficerRole', OFFICER_ROLES],
  ])('offer every value of %s', (enumName, values) => {
    expect([...values].sort()).toEqual(valuesOf(enumName).sort());
  });
});

describe('proposal enum labels', () => {
  it.each([
    ['status', 'ProposalStatus'],
    ['kind', 'ProposalKind'],
    ['side', 'ProposalSide'],
    ['action', 'ProposalAction'],
    ['actor', 'ProposalActor'],
  ] as const)('name every value in both languages: proposal.enums.%s ↔ %s', (key, enumName) => {
    expect(Object.keys(id.proposal.enums[key]).sort()).toEqual(valuesOf(enumName).sort());
    expect(Object.keys(en.proposal.enums[key]).sort()).toEqual(valuesOf(enumName).sort());
  });
});
