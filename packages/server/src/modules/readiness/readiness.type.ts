import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Money } from '../../graphql/money';
import { DecimalScalar } from '../../graphql/scalars';
import { toMoney, type MoneyAmount } from '../../shared/money';
import { fromPgTimestamp } from '../../shared/time';
import { BusinessUnitStatus, BusinessUnitType, OfficerRole } from '../cooperative/cooperative.entity';
import { Cooperative } from '../cooperative/cooperative.type';
import { DocumentType } from '../document/document-type.type';
import { EligibilityRequirement } from '../eligibility/eligibility.type';
import { RequirementStatus } from '../eligibility/eligibility.check';
import { Partner } from '../partner/partner.type';
import { ProposalStatus } from '../proposal/proposal.entity';
import { ReadinessLevel, ReadinessReason, type DebtService, type LoanHint } from './readiness.rules';
import type { FinancingPassportFacts } from './readiness.service';
import type { PassportShareRow } from './readiness.reads';

registerEnumType(ReadinessLevel, {
  name: 'ReadinessLevel',
  description: 'How ready a cooperative is for a PMK 49/2025 loan, lowest first.',
  valuesConfig: {
    NOT_READY: {
      description: 'The legal entity, the NIK koperasi or the board is missing: no bank can start.',
    },
    NEEDS_DOCUMENTS: {
      description: 'The identity is there; documents the loan needs are missing or lapsed.',
    },
    READY_FOR_REVIEW: {
      description: 'Every requirement is on record; not yet verified, or no unit to build or run.',
    },
    BANKABLE: {
      description:
        'Every requirement on record and verified (documents or government), with a unit to build or run.',
    },
  },
});

registerEnumType(ReadinessReason, {
  name: 'ReadinessReason',
  description: 'Why a cooperative is not at a higher readiness level.',
  valuesConfig: {
    NO_LEGAL_ENTITY: { description: 'No SK AHU in force: the cooperative is not a legal entity on record.' },
    NO_COOPERATIVE_NUMBER: { description: 'No NIK koperasi certificate in force.' },
    BOARD_INCOMPLETE: {
      description: 'Chair, secretary, treasurer or supervisor is not recorded (`officerRoles`).',
    },
    DOCUMENT_MISSING: { description: 'A document the loan requires is not on record (`documentType`).' },
    DOCUMENT_EXPIRED: { description: 'A document the loan requires has lapsed (`documentType`).' },
    NOT_VERIFIED: { description: 'The profile is not verified by documents or by the government yet.' },
    NO_UNIT: { description: 'No business unit is recorded, planned or running: nothing to finance yet.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'One reason a cooperative is not at a higher readiness level.',
})
export class ReadinessFinding {
  @Field(() => ReadinessReason, { description: 'The reason.' })
  reason!: ReadinessReason;

  @Field(() => DocumentType, { nullable: true, description: 'The document concerned, for document reasons.' })
  documentType!: DocumentType | null;

  @Field(() => [OfficerRole], { description: 'The officers missing, for BOARD_INCOMPLETE; else empty.' })
  officerRoles!: OfficerRole[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'What a unit to build typically costs (the hint adds these up).',
})
export class UnitCapitalCost {
  @Field(() => BusinessUnitType, { description: 'The type of unit.' })
  unitType!: BusinessUnitType;

  @Field(() => BusinessUnitStatus, { description: 'PLANNED or UNDER_CONSTRUCTION.' })
  status!: BusinessUnitStatus;

  @Field(() => Money, {
    nullable: true,
    description: 'Its typical cost; null: no typical figure, left out of the sum.',
  })
  cost!: MoneyAmount | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The monthly cost of a PMK 49 loan at the top of the hint: interest only during the grace period, then equal instalments.',
})
export class DebtServiceCheck {
  @Field(() => Money, { description: 'The amount borrowed (the top of the hint).' })
  principal!: MoneyAmount;

  @Field(() => DecimalScalar, { description: 'Interest a year, in percent (6).' })
  ratePerYear!: string;

  @Field(() => Int, { description: 'Tenor in months, grace included (72).' })
  tenorMonths!: number;

  @Field(() => Int, { description: 'Grace months (the longest, 8: it leaves the fewest months to repay).' })
  graceMonths!: number;

  @Field(() => Money, { description: 'Interest paid each month of the grace period.' })
  graceMonthlyInterest!: MoneyAmount;

  @Field(() => Money, { description: 'The equal instalment each month after the grace period.' })
  monthlyInstalment!: MoneyAmount;

  @Field(() => Money, {
    nullable: true,
    description: 'What the cooperative says its units will earn a month; null: not stated.',
  })
  expectedMonthlyIncome!: MoneyAmount | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Stated income ÷ instalment (e.g. "1.40"); null when the income is not stated.',
  })
  incomeCover!: string | null;

  static of(service: DebtService): DebtServiceCheck {
    return Object.assign(new DebtServiceCheck(), {
      principal: money(service.principal),
      ratePerYear: String(service.ratePerYear),
      tenorMonths: service.tenorMonths,
      graceMonths: service.graceMonths,
      graceMonthlyInterest: money(service.graceMonthlyInterest),
      monthlyInstalment: money(service.monthlyInstalment),
      expectedMonthlyIncome:
        service.expectedMonthlyIncome === null ? null : money(service.expectedMonthlyIncome),
      incomeCover: service.incomeCover === null ? null : service.incomeCover.toFixed(2),
    });
  }
}

const money = (amount: number): MoneyAmount => toMoney(String(amount))!;

@ObjectType({
  simpleResolvers: true,
  description:
    'A loan-size hint with every step shown, not a credit decision: the typical cost of the units the cooperative plans or builds, and what its published financing needs ask for, as a range within the PMK 49 ceiling.',
})
export class LoanSizeHint {
  @Field(() => Money, { description: 'The PMK 49/2025 ceiling per cooperative (Rp3 billion).' })
  ceiling!: MoneyAmount;

  @Field(() => Money, { description: 'Of which at most this for operating costs (Rp500 million).' })
  operatingCostCap!: MoneyAmount;

  @Field(() => [UnitCapitalCost], {
    description: 'The units it plans or is building, each with its typical cost.',
  })
  unitCosts!: UnitCapitalCost[];

  @Field(() => Money, { description: 'The sum of those costs.' })
  buildingCost!: MoneyAmount;

  @Field(() => Money, { description: 'The sum its published financing-need offerings ask for.' })
  statedNeed!: MoneyAmount;

  @Field(() => Int, { description: 'How many published financing-need offerings it has.' })
  statedNeedCount!: number;

  @Field(() => Money, {
    nullable: true,
    description:
      'The lower of the two sums (or the one known), within the ceiling; null when neither is known.',
  })
  low!: MoneyAmount | null;

  @Field(() => Money, {
    nullable: true,
    description: 'The higher of the two sums, within the ceiling; null as `low`.',
  })
  high!: MoneyAmount | null;

  @Field(() => Boolean, { description: 'A sum was above the ceiling and was cut to it.' })
  cappedAtCeiling!: boolean;

  @Field(() => DebtServiceCheck, {
    nullable: true,
    description: 'The monthly cost at `high`; null without a range.',
  })
  debtService!: DebtServiceCheck | null;

  @Field(() => String, {
    description:
      'Stable name of the unit cost table ("MITRADESA_PLANNING"), for clients that word its source in their own language.',
  })
  costTable!: string;

  @Field(() => String, { description: 'Where the unit costs come from, in English.' })
  costSource!: string;

  @Field(() => LocalDateResolver, { description: 'The date of the unit cost figures.' })
  costsAsOf!: string;

  static of(hint: LoanHint): LoanSizeHint {
    return Object.assign(new LoanSizeHint(), {
      ceiling: money(hint.ceiling),
      operatingCostCap: money(hint.operatingCostCap),
      unitCosts: hint.unitCosts.map((unit) =>
        Object.assign(new UnitCapitalCost(), {
          unitType: unit.unitType,
          status: unit.status,
          cost: unit.cost === null ? null : money(unit.cost),
        }),
      ),
      buildingCost: money(hint.buildingCost),
      statedNeed: money(hint.statedNeed),
      statedNeedCount: hint.statedNeedCount,
      low: hint.low === null ? null : money(hint.low),
      high: hint.high === null ? null : money(hint.high),
      cappedAtCeiling: hint.cappedAtCeiling,
      debtService: hint.debtService && DebtServiceCheck.of(hint.debtService),
      costTable: hint.costTable,
      costSource: hint.costSource,
      costsAsOf: hint.costsAsOf,
    });
  }
}

@ObjectType({
  simpleResolvers: true,
  description: 'How the proposals a cooperative sent or received have gone (drafts left out).',
})
export class ProposalTrackRecord {
  @Field(() => Int, { description: 'Accepted and not yet completed.' })
  accepted!: number;

  @Field(() => Int, { description: 'Completed: the deal was carried out.' })
  completed!: number;

  @Field(() => Int, { description: 'Cancelled after acceptance.' })
  cancelled!: number;

  @Field(() => Int, { description: 'Declined, withdrawn or expired before agreement.' })
  notAgreed!: number;

  @Field(() => Int, { description: 'Still open: submitted, under review or in negotiation.' })
  open!: number;

  static of(counts: Map<ProposalStatus, number>): ProposalTrackRecord {
    const count = (...statuses: ProposalStatus[]) =>
      statuses.reduce((sum, status) => sum + (counts.get(status) ?? 0), 0);
    return Object.assign(new ProposalTrackRecord(), {
      accepted: count(ProposalStatus.ACCEPTED),
      completed: count(ProposalStatus.COMPLETED),
      cancelled: count(ProposalStatus.CANCELLED),
      notAgreed: count(ProposalStatus.DECLINED, ProposalStatus.WITHDRAWN, ProposalStatus.EXPIRED),
      open: count(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, ProposalStatus.NEGOTIATING),
    });
  }
}

@ObjectType({
  simpleResolvers: true,
  description: 'A partner a cooperative shares its financing passport with.',
})
export class PassportShare {
  @Field(() => Partner, { description: 'The partner whose staff may open the passport.' })
  partner!: Partner;

  @Field(() => DateTimeISOResolver, { description: 'Since when.' })
  sharedAt!: Date;

  static of(row: PassportShareRow, partner: Partner): PassportShare {
    return Object.assign(new PassportShare(), { partner, sharedAt: fromPgTimestamp(row.shared_at) });
  }
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A cooperative's financing passport: what a bank officer opens first. The PMK 49/2025 requirements with the document behind each, the board, the track record, a readiness level with its reasons, and a loan-size hint. Units, attestations, verification and responsiveness are the cooperative's own fields.",
})
export class FinancingPassport {
  @Field(() => Cooperative, { description: 'The cooperative.' })
  cooperative!: Cooperative;

  @Field(() => LocalDateResolver, { description: 'The day (WIB) the requirements were judged on.' })
  asOf!: string;

  @Field(() => ReadinessLevel, { description: 'How ready it is.' })
  level!: ReadinessLevel;

  @Field(() => [ReadinessFinding], { description: 'Why it is not at a higher level; empty when BANKABLE.' })
  findings!: ReadinessFinding[];

  @Field(() => [EligibilityRequirement], {
    description:
      "The PMK 49/2025 requirements (documents and the approval for its kind), each with its status and the document behind it, judged as eligibility judges them. Everyone who may open the passport sees those documents' numbers; the rest of their private side stays with the cooperative's followers.",
  })
  requirements!: EligibilityRequirement[];

  @Field(() => Int, { description: 'How many of the requirements are met.' })
  metCount!: number;

  @Field(() => [OfficerRole], {
    description: 'Board positions not recorded (chair, secretary, treasurer, supervisor).',
  })
  missingOfficers!: OfficerRole[];

  @Field(() => ProposalTrackRecord, { description: 'How its proposals have gone.' })
  trackRecord!: ProposalTrackRecord;

  @Field(() => LoanSizeHint, { description: 'The loan-size hint, with every step.' })
  loanHint!: LoanSizeHint;

  @Field(() => [PassportShare], {
    nullable: true,
    description:
      'The partners it is shared with; null unless you may change the sharing (board, mentor, admin).',
  })
  shares!: PassportShare[] | null;

  static of(facts: FinancingPassportFacts, sharedWith: (Partner | null)[] | null): FinancingPassport {
    const { readiness } = facts;
    return Object.assign(new FinancingPassport(), {
      cooperative: facts.cooperative,
      asOf: facts.asOf,
      level: readiness.level,
      findings: readiness.findings.map((finding) => Object.assign(new ReadinessFinding(), finding)),
      requirements: readiness.requirements.map(EligibilityRequirement.of),
      metCount: readiness.requirements.filter((result) => result.status === RequirementStatus.MET).length,
      missingOfficers: readiness.missingOfficers,
      trackRecord: ProposalTrackRecord.of(facts.proposalHistory),
      loanHint: LoanSizeHint.of(facts.loanHint),
      shares:
        facts.shares &&
        facts.shares.flatMap((row, index) => {
          const partner = sharedWith?.[index];
          return partner ? [PassportShare.of(row, partner)] : [];
        }),
    });
  }
}
