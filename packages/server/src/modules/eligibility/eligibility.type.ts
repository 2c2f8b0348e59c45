import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money';
import { toMoney } from '../../shared/money';
import { BusinessUnit, Cooperative } from '../cooperative/cooperative.type';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { Program } from '../program/program.type';
import { CooperativeDocument } from '../document/document.type';
import { DocumentType } from '../document/document-type.type';
import { RequirementKind } from '../program/program.requirements';
import {
  EligibilityVerdict,
  RequirementStatus,
  verdictOf,
  type RequirementResult,
} from './eligibility.check';
import type { EligibilityCheck } from './eligibility.service';

registerEnumType(RequirementKind, {
  name: 'RequirementKind',
  description: 'What sort of condition a program requirement is.',
  valuesConfig: {
    DOCUMENT: { description: 'A document the cooperative must hold, in force.' },
    APPROVAL: {
      description: 'The approval for its kind: the village head for a KDMP, the regent or mayor for a KKMP.',
    },
    BUSINESS_UNIT: { description: 'An ACTIVE business unit of a type the program serves.' },
    AMOUNT: { description: 'The amount asked for lies within the program range.' },
    OPERATING_COST: {
      description: 'The part for operating costs is within the cap (and not above the amount).',
    },
    REGION: { description: 'The cooperative lies in a region the program covers.' },
  },
});
registerEnumType(RequirementStatus, {
  name: 'RequirementStatus',
  description: 'How a requirement stands for the cooperative.',
  valuesConfig: {
    MET: { description: 'Satisfied; `document`, `businessUnit` or `given` show the evidence.' },
    MISSING: { description: 'No such document or active unit is on record.' },
    EXPIRED: { description: 'The document is on record but has lapsed.' },
    NOT_MET: { description: 'Checked and not satisfied (amount outside the range, region not covered).' },
    UNKNOWN: { description: 'Cannot be judged yet: the amount was not given.' },
  },
});
registerEnumType(EligibilityVerdict, {
  name: 'EligibilityVerdict',
  description: 'The overall outcome of an eligibility check.',
  valuesConfig: {
    ELIGIBLE: { description: 'Every requirement is met.' },
    NOT_ELIGIBLE: { description: 'At least one requirement is missing, expired or not met.' },
    INCOMPLETE: { description: 'Nothing fails, but some requirements are unknown (give the amounts).' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'One requirement of a program, judged for one cooperative.',
})
export class EligibilityRequirement {
  @Field(() => String, {
    description:
      'Stable key, e.g. "DOCUMENT:NPWP", "APPROVAL:VILLAGE_HEAD_APPROVAL", "BUSINESS_UNIT", "AMOUNT".',
  })
  key!: string;

  @Field(() => RequirementKind, { description: 'What sort of condition it is.' })
  kind!: RequirementKind;

  @Field(() => RequirementStatus, { description: 'How it stands.' })
  status!: RequirementStatus;

  @Field(() => String, { description: 'What is required, in English (clients show their own words by key).' })
  description!: string;

  @Field(() => DocumentType, {
    nullable: true,
    description: 'For DOCUMENT and APPROVAL: the document type required.',
  })
  documentType!: DocumentType | null;

  @Field(() => [BusinessUnitType], {
    nullable: true,
    description: 'For BUSINESS_UNIT: the unit types that qualify.',
  })
  unitTypes!: BusinessUnitType[] | null;

  @Field(() => CooperativeDocument, {
    nullable: true,
    description:
      'Evidence: the document that decides the status (in force and best verified, else the latest lapsed).',
  })
  document!: CooperativeDocument | null;

  @Field(() => BusinessUnit, { nullable: true, description: 'Evidence: the qualifying unit furthest along.' })
  businessUnit!: BusinessUnit | null;

  @Field(() => Money, { nullable: true, description: 'For AMOUNT: the smallest amount of the program.' })
  minimum!: Money | null;

  @Field(() => Money, { nullable: true, description: 'For AMOUNT and OPERATING_COST: the ceiling.' })
  maximum!: Money | null;

  @Field(() => Money, { nullable: true, description: 'For AMOUNT and OPERATING_COST: the figure you gave.' })
  given!: Money | null;

  @Field(() => [String], { nullable: true, description: 'For REGION: the region codes the program covers.' })
  regionCodes!: string[] | null;

  /** One judged requirement (eligibility.check.ts) with its evidence. */
  static of({
    requirement,
    status,
    document,
    unit,
    given,
  }: RequirementResult<CooperativeDocument, BusinessUnit>): EligibilityRequirement {
    return Object.assign(new EligibilityRequirement(), {
      key: requirement.key,
      kind: requirement.kind,
      status,
      description: requirement.description,
      documentType: 'documentType' in requirement ? requirement.documentType : null,
      unitTypes: 'unitTypes' in requirement ? [...requirement.unitTypes] : null,
      document,
      businessUnit: unit,
      minimum: 'minimum' in requirement ? toMoney(requirement.minimum) : null,
      maximum: 'maximum' in requirement ? toMoney(requirement.maximum) : null,
      given: toMoney(given),
      regionCodes: 'regionCodes' in requirement ? [...requirement.regionCodes] : null,
    });
  }
}

@ObjectType({
  simpleResolvers: true,
  description: 'Whether a cooperative meets the requirements of a program.',
})
export class EligibilityReport {
  @Field(() => Cooperative, { description: 'The cooperative checked.' })
  cooperative!: Cooperative;

  @Field(() => Program, { description: 'The program checked against.' })
  program!: Program;

  @Field(() => EligibilityVerdict, { description: 'The overall outcome.' })
  verdict!: EligibilityVerdict;

  @Field(() => Int, { description: 'How many requirements are met.' })
  metCount!: number;

  @Field(() => [EligibilityRequirement], {
    description: 'Every requirement of the program, in checking order.',
  })
  requirements!: EligibilityRequirement[];

  /** The report of a check, with its verdict. */
  static of({ cooperative, program, results }: EligibilityCheck): EligibilityReport {
    return Object.assign(new EligibilityReport(), {
      cooperative,
      program,
      verdict: verdictOf(results.map((result) => result.status)),
      metCount: results.filter((result) => result.status === RequirementStatus.MET).length,
      requirements: results.map(EligibilityRequirement.of),
    });
  }
}
