/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import id from '../../messages/id.json';
import {
  BUSINESS_UNIT_STATUSES,
  BUSINESS_UNIT_TYPES,
  COMMODITIES,
  COOPERATIVE_KINDS,
  COOPERATIVE_STAGES,
  OFFERING_KINDS,
  PARTNER_TYPES,
  VERIFICATION_LEVELS,
} from './enum-values';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../server/schema.graphql'), 'utf8'));

function valuesOf(enumName: string): string[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

describe('filter option lists', () => {
  it.each([
    ['CooperativeStage', COOPERATIVE_STAGES],
    ['BusinessUnitType', BUSINESS_UNIT_TYPES],
    ['BusinessUnitStatus', BUSINESS_UNIT_STATUSES],
    ['Commodity', COMMODITIES],
    ['CooperativeKind', COOPERATIVE_KINDS],
    ['OfferingKind', OFFERING_KINDS],
    ['VerificationLevel', VERIFICATION_LEVELS],
    ['PartnerType', PARTNER_TYPES],
  ])('offer every value of %s', (enumName, values) => {
    expect([...values].sort()).toEqual(valuesOf(enumName).sort());
  });
});

describe('enum labels', () => {
  it.each([
    ['stage', 'CooperativeStage'],
    ['unitType', 'BusinessUnitType'],
    ['unitStatus', 'BusinessUnitStatus'],
    ['commodity', 'Commodity'],
    ['cooperativeKind', 'CooperativeKind'],
    ['managementPattern', 'ManagementPattern'],
    ['verificationLevel', 'VerificationLevel'],
    ['officerRole', 'OfficerRole'],
    ['offeringKind', 'OfferingKind'],
    ['offeringStatus', 'OfferingStatus'],
    ['quantityUnit', 'QuantityUnit'],
    ['partnerType', 'PartnerType'],
    ['programKind', 'ProgramKind'],
    ['programStatus', 'ProgramStatus'],
    ['documentType', 'DocumentType'],
    ['mentorRole', 'MentorRole'],
    ['villageKind', 'VillageKind'],
  ] as const)('name every value: enums.%s ↔ %s', (key, enumName) => {
    expect(Object.keys(id.enums[key]).sort()).toEqual(valuesOf(enumName).sort());
  });
});
