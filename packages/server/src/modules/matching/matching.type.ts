import { Field, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../graphql/scalars';
import { Money } from '../../graphql/money';
import { VerificationLevel } from '../../graphql/shared-enums';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { BusinessUnitStatus, BusinessUnitType } from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type.type';
import { MatchReasonCode } from './matching.weights';

/** What stands in the way of a match, for the side that can act on it. */
export enum MatchGapCode {
  DOCUMENT_MISSING = 'DOCUMENT_MISSING',
  DOCUMENT_EXPIRED = 'DOCUMENT_EXPIRED',
  UNIT_NOT_ACTIVE = 'UNIT_NOT_ACTIVE',
  OUTSIDE_COVERAGE = 'OUTSIDE_COVERAGE',
  AMOUNT_OUT_OF_RANGE = 'AMOUNT_OUT_OF_RANGE',
  QUANTITY_SHORT = 'QUANTITY_SHORT',
  COMMODITY_MISMATCH = 'COMMODITY_MISMATCH',
  NOT_VERIFIED = 'NOT_VERIFIED',
  SLOW_RESPONSE = 'SLOW_RESPONSE',
}

registerEnumType(MatchReasonCode, {
  name: 'MatchReasonCode',
  description: 'A criterion a recommendation is scored on (weights in modules/matching/matching.weights.ts).',
  valuesConfig: {
    COMMODITY_MATCH: { description: 'Both sides trade the same commodity.' },
    REGION_COVERAGE: {
      description: "The partner's coverage (or the request's delivery region) includes the cooperative.",
    },
    QUANTITY_FIT: { description: "The offered quantity per month meets the request's monthly need." },
    AMOUNT_IN_RANGE: { description: "The financing amount lies within the program's range." },
    ELIGIBLE_UNIT_ACTIVE: {
      description: 'The cooperative has an active business unit of a type the program accepts.',
    },
    DOCUMENTS_COMPLETE: { description: "The cooperative holds the program's required documents, in force." },
    VERIFICATION_LEVEL: { description: "How far the recommended organisation's profile is verified." },
    RESPONSIVENESS: {
      description: 'How quickly the recommended organisation answers proposals (median, 90 days).',
    },
  },
});

registerEnumType(MatchGapCode, {
  name: 'MatchGapCode',
  description: 'Something that lowers a match, with the details to act on it.',
  valuesConfig: {
    DOCUMENT_MISSING: { description: 'A required document is not on record (`documentType`).' },
    DOCUMENT_EXPIRED: { description: 'A required document has lapsed (`documentType`, `expiredOn`).' },
    UNIT_NOT_ACTIVE: {
      description: 'No eligible unit is active (`unitType`, its `unitStatus` or null if none).',
    },
    OUTSIDE_COVERAGE: {
      description:
        'The cooperative lies outside the coverage (`region`: where the cooperative or request is).',
    },
    AMOUNT_OUT_OF_RANGE: {
      description: "The amount is outside the program's range (`amount`, `amountMin`, `amountMax`).",
    },
    QUANTITY_SHORT: {
      description:
        'The offered quantity per month is below the monthly need (`quantityOffered`, `quantityNeeded`).',
    },
    COMMODITY_MISMATCH: {
      description: "The program names another commodity than the offering (`commodity`: the program's).",
    },
    NOT_VERIFIED: { description: "The recommended organisation's profile is not verified at all." },
    SLOW_RESPONSE: {
      description: 'The recommended organisation took more than a week (median) to answer proposals.',
    },
  },
});

/** Details shared by reasons and gaps; only those that concern the criterion are set. */
@InterfaceType({
  description: 'Figures behind a reason or gap; only those that concern its criterion are set.',
})
export abstract class MatchDetails {
  regionCode!: string | null;

  @Field(() => Commodity, { nullable: true, description: 'The commodity concerned.' })
  commodity!: Commodity | null;

  @Field(() => BusinessUnitType, { nullable: true, description: 'The business unit type concerned.' })
  unitType!: BusinessUnitType | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Quantity the cooperative offers per month.' })
  quantityOffered!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The request's need per month: its quantity spread over the months left to its deadline.",
  })
  quantityNeeded!: string | null;

  @Field(() => QuantityUnit, { nullable: true, description: 'Unit of the quantities.' })
  quantityUnit!: QuantityUnit | null;

  @Field(() => Money, { nullable: true, description: 'The financing amount the cooperative needs.' })
  amount!: Money | null;

  @Field(() => Money, { nullable: true, description: "The program's smallest amount." })
  amountMin!: Money | null;

  @Field(() => Money, { nullable: true, description: "The program's largest amount." })
  amountMax!: Money | null;

  @Field(() => VerificationLevel, {
    nullable: true,
    description: "The recommended organisation's verification level.",
  })
  verificationLevel!: VerificationLevel | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Median seconds the recommended organisation took to answer.',
  })
  medianResponseSeconds!: number | null;
}

@ObjectType({
  implements: MatchDetails,
  simpleResolvers: true,
  description: 'One criterion that speaks for a recommendation, with its points.',
})
export class MatchReason extends MatchDetails {
  @Field(() => MatchReasonCode, { description: 'The criterion.' })
  code!: MatchReasonCode;

  @Field(() => Int, { description: 'Points this criterion added to the score (rounded).' })
  points!: number;

  @Field(() => Int, { description: 'Points this criterion could add in this match (its weight, scaled).' })
  maxPoints!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Required documents held and in force (DOCUMENTS_COMPLETE).',
  })
  documentsHeld!: number | null;

  @Field(() => Int, { nullable: true, description: 'Documents the program requires of this cooperative.' })
  documentsRequired!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Proposal answers the median is taken over (RESPONSIVENESS).',
  })
  responses!: number | null;
}

@ObjectType({
  implements: MatchDetails,
  simpleResolvers: true,
  description: 'One thing that lowers a recommendation, and what to fix.',
})
export class MatchGap extends MatchDetails {
  @Field(() => MatchGapCode, { description: 'What is missing or out of line.' })
  code!: MatchGapCode;

  @Field(() => Int, { description: 'Points of the score lost to this gap (rounded).' })
  pointsMissed!: number;

  @Field(() => DocumentType, { nullable: true, description: 'The document missing or expired.' })
  documentType!: DocumentType | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day the document was in force.' })
  expiredOn!: string | null;

  @Field(() => BusinessUnitStatus, {
    nullable: true,
    description: 'Current status of the unit (null: the cooperative has no such unit).',
  })
  unitStatus!: BusinessUnitStatus | null;
}

/** What every recommendation carries. */
@InterfaceType({ description: 'A recommended object: its score, the reasons and the gaps.' })
export abstract class Recommendation {
  @Field(() => Int, {
    description: 'How well this fits, 0–100 (share of the applicable weighted criteria met).',
  })
  score!: number;

  @Field(() => [MatchReason], { description: 'The criteria that earned points, highest first.' })
  reasons!: MatchReason[];

  @Field(() => [MatchGap], { description: 'What lowers the score, largest loss first.' })
  gaps!: MatchGap[];
}

@ObjectType({
  implements: Recommendation,
  simpleResolvers: true,
  description: 'A partner recommended to a cooperative, with why and what is missing.',
})
export class RecommendedPartner extends Recommendation {
  partnerId!: number;
  programId!: number | null;
  requestId!: number | null;
  offeringId!: number | null;
}

@ObjectType({
  implements: Recommendation,
  simpleResolvers: true,
  description: 'A cooperative recommended to a partner, with why and what is missing.',
})
export class RecommendedCooperative extends Recommendation {
  cooperativeId!: number;
  offeringId!: number | null;
}

@ObjectType({
  implements: Recommendation,
  simpleResolvers: true,
  description: "An open partner request recommended for a cooperative's offering.",
})
export class RecommendedRequest extends Recommendation {
  requestId!: number;
}
