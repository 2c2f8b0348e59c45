import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { DecimalScalar } from '../../graphql/scalars';
import { Money } from '../../graphql/money';
import { toMoney } from '../../shared/money';
import { Commodity, QuantityUnit } from '../commodity/commodity.type';
import { DocumentType } from '../document/document-type.type';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { ProgramKind, ProgramStatus } from './program.entity';
import { ProgramRule } from './program.requirements';

registerEnumType(ProgramRule, {
  name: 'ProgramRule',
  description:
    'A rule of a program that the terms of a proposal under it must keep. A program may mark a rule negotiable: a breach is then flagged to both parties instead of refused.',
  valuesConfig: {
    AMOUNT: { description: 'The amount lies within the loan range (minAmount–maxAmount).' },
    OPERATING_COST: { description: 'The part for operating costs is at most operatingCostCap.' },
    RATE: { description: 'The rate is the program’s ratePerYear.' },
    TENOR: { description: 'The tenor is at most maxTenorMonths.' },
    GRACE: { description: 'The grace period lies within minGraceMonths–maxGraceMonths.' },
    COMMODITY: { description: 'The offering or request is about the program’s commodity.' },
    REGION: { description: 'The cooperative lies in a region the program covers.' },
  },
});

registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'What a program offers cooperatives.',
  valuesConfig: {
    LOAN: { description: 'A loan or financing product.' },
    OFFTAKE: { description: 'The partner buys from cooperatives.' },
    SUPPLY: { description: 'The partner supplies cooperatives (catalogue).' },
    AGENCY: { description: 'The cooperative becomes an agent or outlet of the partner.' },
    SERVICE: { description: 'A service (logistics, training, insurance…).' },
  },
});
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'Whether a program takes applications.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; visible only to its partner.' },
    ACTIVE: { description: 'Open to cooperatives.' },
    PAUSED: { description: 'Temporarily closed to new proposals.' },
    CLOSED: { description: 'Ended.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Terms of a loan program.' })
export class LoanTerms {
  @Field(() => Money, { nullable: true, description: 'Smallest loan.' })
  minAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Largest loan (ceiling).' })
  maxAmount!: Money | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Interest or margin per year, in percent (e.g. "6").',
  })
  ratePerYear!: string | null;

  @Field(() => Int, { nullable: true, description: 'Longest tenor, in months.' })
  maxTenorMonths!: number | null;

  @Field(() => Int, { nullable: true, description: 'Shortest grace period, in months.' })
  minGraceMonths!: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest grace period, in months.' })
  maxGraceMonths!: number | null;

  @Field(() => Money, {
    nullable: true,
    description: 'Ceiling on the part of the loan that may pay operating costs.',
  })
  operatingCostCap!: Money | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The least of its commodity an offtake program takes a month; a pooled offer answering the program reaches it.',
})
export class MinimumVolume {
  @Field(() => DecimalScalar, { description: 'The quantity a month, in `unit`.' })
  quantityPerMonth!: string;

  @Field(() => QuantityUnit, { description: 'The unit of `quantityPerMonth`.' })
  unit!: QuantityUnit;
}

export interface ProgramRow {
  id: number;
  partner_id: number;
  kind: ProgramKind;
  name: string;
  description: string;
  min_amount: string | null;
  max_amount: string | null;
  rate_per_year: string | null;
  max_tenor_months: number | null;
  min_grace_months: number | null;
  max_grace_months: number | null;
  operating_cost_cap: string | null;
  commodity: Commodity | null;
  min_volume_per_month: string | null;
  min_volume_unit: QuantityUnit | null;
  eligible_unit_types: BusinessUnitType[];
  required_documents: DocumentType[];
  negotiable_rules: ProgramRule[];
  status: ProgramStatus;
  version: number;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A partner's standing offer: a loan product, offtake contract, supply catalogue or agency scheme.",
})
export class Program extends Node {
  dbId!: number;
  partnerId!: number;

  @Field(() => ProgramKind, { description: 'Loan, offtake, supply, agency or service.' })
  kind!: ProgramKind;

  @Field(() => String, { description: 'Name of the program.' })
  name!: string;

  @Field(() => String, { description: 'What it offers and to whom.' })
  description!: string;

  @Field(() => LoanTerms, {
    nullable: true,
    description: 'Loan terms; null for programs that are not loans.',
  })
  loanTerms!: LoanTerms | null;

  @Field(() => Commodity, { nullable: true, description: 'The commodity the program is about, if any.' })
  commodity!: Commodity | null;

  @Field(() => MinimumVolume, {
    nullable: true,
    description:
      'OFFTAKE programs: the least of the commodity it takes a month, which a pooled offer answering it must reach; null when it states none (then no pool can answer it).',
  })
  minimumVolume!: MinimumVolume | null;

  @Field(() => [BusinessUnitType], { description: 'Unit types that qualify; empty means any.' })
  eligibleUnitTypes!: BusinessUnitType[];

  @Field(() => [DocumentType], { description: 'Documents an applicant must provide.' })
  requiredDocuments!: DocumentType[];

  @Field(() => [ProgramRule], {
    description:
      'Rules a proposal may break as a flagged deviation instead of being refused; the others are firm.',
  })
  negotiableRules!: ProgramRule[];

  @Field(() => ProgramStatus, { description: 'Whether the program takes proposals.' })
  status!: ProgramStatus;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  static fromRow(row: ProgramRow): Program {
    const hasLoanTerms = row.kind === ProgramKind.LOAN || row.max_amount != null;
    return Object.assign(new Program(), {
      id: toGlobalId('Program', row.id),
      dbId: row.id,
      partnerId: row.partner_id,
      kind: row.kind,
      name: row.name,
      description: row.description,
      loanTerms: hasLoanTerms
        ? Object.assign(new LoanTerms(), {
            minAmount: toMoney(row.min_amount),
            maxAmount: toMoney(row.max_amount),
            ratePerYear: row.rate_per_year,
            maxTenorMonths: row.max_tenor_months,
            minGraceMonths: row.min_grace_months,
            maxGraceMonths: row.max_grace_months,
            operatingCostCap: toMoney(row.operating_cost_cap),
          })
        : null,
      commodity: row.commodity,
      minimumVolume:
        row.min_volume_per_month != null && row.min_volume_unit != null
          ? Object.assign(new MinimumVolume(), {
              quantityPerMonth: row.min_volume_per_month,
              unit: row.min_volume_unit,
            })
          : null,
      eligibleUnitTypes: row.eligible_unit_types,
      requiredDocuments: row.required_documents,
      negotiableRules: row.negotiable_rules,
      status: row.status,
      version: row.version,
    });
  }
}
