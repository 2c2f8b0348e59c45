import { DomainError, RefusalCode } from '../../shared/domain-error';
import { compareDecimal, normalizeDecimal } from '../../shared/money';
import type { Commodity } from '../commodity/commodity';
import type { CooperativeKind } from '../cooperative/cooperative.entity';
import type { OfferingKind } from '../offering/offering.entity';
import type { ProgramKind } from '../program/program.entity';
import { checkRequirements, RequirementStatus } from '../eligibility/eligibility.check';
import {
  ProgramRule,
  termsLimitsOf,
  type ProgramTermsFacts,
  type TermsLimit,
} from '../program/program.requirements';
import { ProposalKind, RuleBound, type RuleDeviation } from './proposal.entity';
import { admittedByProgram, fitsOffering } from './proposal.fit';

/** The values of a terms version that program rules look at. */
export interface TermsFacts {
  amount?: string | null;
  operatingCostAmount?: string | null;
  ratePerYear?: string | null;
  tenorMonths?: number | null;
  graceMonths?: number | null;
}

export interface ProgramOfProposal extends ProgramTermsFacts {
  kind: ProgramKind;
  negotiableRules: readonly ProgramRule[];
}

/** Everything the rules of a proposal's program are checked against. */
export interface ProposalFacts {
  kind: ProposalKind;
  cooperative: { kind: CooperativeKind; villageCode: string };
  /** The commodity the proposal is about: its offering's, else its request's; null if neither says. */
  commodity: Commodity | null;
  terms: TermsFacts;
}

/** Where each refusal points: the terms fields, and the command fields naming the program and kind. */
export interface RulePaths {
  terms: string[];
  program: string[];
  kind: string[];
}

/** What a terms version or a proposal's kind can be refused for by its program or offering. */
export const PROGRAM_RULE_CODES = [
  RefusalCode.TERMS_ABOVE_PROGRAM_CEILING,
  RefusalCode.TERMS_BELOW_PROGRAM_MINIMUM,
  RefusalCode.TERMS_OPERATING_SHARE_TOO_HIGH,
  RefusalCode.TERMS_RATE_NOT_PROGRAM_RATE,
  RefusalCode.TERMS_TENOR_TOO_LONG,
  RefusalCode.TERMS_GRACE_TOO_LONG,
  RefusalCode.TERMS_GRACE_TOO_SHORT,
  RefusalCode.TERMS_COMMODITY_NOT_IN_PROGRAM,
  RefusalCode.COOPERATIVE_OUTSIDE_PROGRAM_REGION,
  RefusalCode.PROPOSAL_KIND_NOT_ADMITTED,
  RefusalCode.PROPOSAL_KIND_DOES_NOT_FIT_OFFERING,
] as const;
export type ProgramRuleCode = (typeof PROGRAM_RULE_CODES)[number];

/** A refusal by a program rule or by the offering (one of the proposal's errors, proposal.errors.ts). */
export type ProgramRuleRefusal = DomainError<ProgramRuleCode>;

export interface RuleOutcome {
  /** Breaches of rules the program holds firm: the terms version is refused with these. */
  refusals: ProgramRuleRefusal[];
  /** Breaches of rules the program marked negotiable: kept and shown to both parties. */
  deviations: RuleDeviation[];
}

interface Breach {
  code: ProgramRuleCode;
  message: string;
  field: string[];
  deviation: RuleDeviation;
}

const TRADE_KINDS: readonly ProposalKind[] = [ProposalKind.OFFTAKE, ProposalKind.SUPPLY];

const MONTHS = (months: number) => `${months} month${months === 1 ? '' : 's'}`;

/** The breaches of one limit; amounts, operating costs and region are judged by eligibility's check. */
function breachesOf(limit: TermsLimit, facts: ProposalFacts, paths: RulePaths): Breach[] {
  const { terms } = facts;
  const at = (field: string) => [...paths.terms, field];
  switch (limit.rule) {
    case ProgramRule.AMOUNT:
    case ProgramRule.OPERATING_COST:
    case ProgramRule.REGION: {
      const [result] = checkRequirements(
        [limit.requirement],
        { villageCode: facts.cooperative.villageCode, documents: [], units: [] },
        { amount: terms.amount ?? null, operatingCostAmount: terms.operatingCostAmount ?? null },
        '1970-01-01',
      );
      if (result.status !== RequirementStatus.NOT_MET) return [];
      return amountBreaches(limit, facts, paths);
    }
    case ProgramRule.RATE: {
      if (terms.ratePerYear == null || compareDecimal(terms.ratePerYear, limit.ratePerYear) === 0) return [];
      return [
        {
          code: RefusalCode.TERMS_RATE_NOT_PROGRAM_RATE,
          message: `The rate of ${normalizeDecimal(terms.ratePerYear)} % a year is not the program's rate of ${normalizeDecimal(limit.ratePerYear)} %.`,
          field: at('ratePerYear'),
          deviation: {
            rule: limit.rule,
            bound: RuleBound.EQUAL,
            allowed: normalizeDecimal(limit.ratePerYear),
            proposed: normalizeDecimal(terms.ratePerYear),
          },
        },
      ];
    }
    case ProgramRule.TENOR: {
      if (terms.tenorMonths == null || terms.tenorMonths <= limit.maxMonths) return [];
      return [
        {
          code: RefusalCode.TERMS_TENOR_TOO_LONG,
          message: `A tenor of ${MONTHS(terms.tenorMonths)} is longer than the program's ${MONTHS(limit.maxMonths)}.`,
          field: at('tenorMonths'),
          deviation: {
            rule: limit.rule,
            bound: RuleBound.AT_MOST,
            allowed: String(limit.maxMonths),
            proposed: String(terms.tenorMonths),
          },
        },
      ];
    }
    case ProgramRule.GRACE: {
      const grace = terms.graceMonths;
      if (grace == null) return [];
      if (limit.maxMonths !== null && grace > limit.maxMonths) {
        return [
          {
            code: RefusalCode.TERMS_GRACE_TOO_LONG,
            message: `A grace period of ${MONTHS(grace)} is longer than the program's ${MONTHS(limit.maxMonths)}.`,
            field: at('graceMonths'),
            deviation: {
              rule: limit.rule,
              bound: RuleBound.AT_MOST,
              allowed: String(limit.maxMonths),
              proposed: String(grace),
            },
          },
        ];
      }
      if (limit.minMonths !== null && grace < limit.minMonths) {
        return [
          {
            code: RefusalCode.TERMS_GRACE_TOO_SHORT,
            message: `A grace period of ${MONTHS(grace)} is shorter than the program's ${MONTHS(limit.minMonths)}.`,
            field: at('graceMonths'),
            deviation: {
              rule: limit.rule,
              bound: RuleBound.AT_LEAST,
              allowed: String(limit.minMonths),
              proposed: String(grace),
            },
          },
        ];
      }
      return [];
    }
    case ProgramRule.COMMODITY: {
      // Trade is in the program's commodity; for loans and agencies it only describes the program
      // (as in matching, where it scores but does not exclude).
      if (!TRADE_KINDS.includes(facts.kind)) return [];
      if (facts.commodity === null || facts.commodity === limit.commodity) return [];
      return [
        {
          code: RefusalCode.TERMS_COMMODITY_NOT_IN_PROGRAM,
          message: `The proposal is about ${facts.commodity}, but the program is about ${limit.commodity}.`,
          field: paths.program,
          deviation: {
            rule: limit.rule,
            bound: RuleBound.EQUAL,
            allowed: limit.commodity,
            proposed: facts.commodity,
          },
        },
      ];
    }
  }
}

/** Why eligibility's check found an amount, operating-cost or region row NOT_MET, as breaches. */
function amountBreaches(
  limit: Extract<TermsLimit, { rule: ProgramRule.AMOUNT | ProgramRule.OPERATING_COST | ProgramRule.REGION }>,
  facts: ProposalFacts,
  paths: RulePaths,
): Breach[] {
  const { terms } = facts;
  if (limit.rule === ProgramRule.REGION) {
    // The cooperative's region at the deepest level the coverage names (province, regency or district).
    const depth = Math.max(...limit.requirement.regionCodes.map((code) => code.length));
    const region = facts.cooperative.villageCode.slice(0, depth);
    return [
      {
        code: RefusalCode.COOPERATIVE_OUTSIDE_PROGRAM_REGION,
        message: `The cooperative's region ${region} is not covered by the program (${limit.requirement.regionCodes.join(', ')}).`,
        field: paths.program,
        deviation: {
          rule: limit.rule,
          bound: RuleBound.ONE_OF,
          allowed: limit.requirement.regionCodes.join(','),
          proposed: region,
        },
      },
    ];
  }
  if (limit.rule === ProgramRule.OPERATING_COST) {
    // Above the amount itself is a plain inconsistency, refused by termsProblems before this.
    return [
      {
        code: RefusalCode.TERMS_OPERATING_SHARE_TOO_HIGH,
        message: `Rp${normalizeDecimal(terms.operatingCostAmount!)} for operating costs is above the program's cap of Rp${normalizeDecimal(limit.requirement.maximum)}.`,
        field: [...paths.terms, 'operatingCostAmount'],
        deviation: {
          rule: limit.rule,
          bound: RuleBound.AT_MOST,
          allowed: normalizeDecimal(limit.requirement.maximum),
          proposed: normalizeDecimal(terms.operatingCostAmount!),
        },
      },
    ];
  }
  const { minimum, maximum } = limit.requirement;
  const amount = terms.amount!;
  const field = [...paths.terms, 'amount'];
  if (maximum !== null && compareDecimal(amount, maximum) > 0) {
    return [
      {
        code: RefusalCode.TERMS_ABOVE_PROGRAM_CEILING,
        message: `Rp${normalizeDecimal(amount)} is above the program's ceiling of Rp${normalizeDecimal(maximum)}.`,
        field,
        deviation: {
          rule: limit.rule,
          bound: RuleBound.AT_MOST,
          allowed: normalizeDecimal(maximum),
          proposed: normalizeDecimal(amount),
        },
      },
    ];
  }
  return [
    {
      code: RefusalCode.TERMS_BELOW_PROGRAM_MINIMUM,
      message: `Rp${normalizeDecimal(amount)} is below the program's smallest amount of Rp${normalizeDecimal(minimum!)}.`,
      field,
      deviation: {
        rule: limit.rule,
        bound: RuleBound.AT_LEAST,
        allowed: normalizeDecimal(minimum!),
        proposed: normalizeDecimal(amount),
      },
    },
  ];
}

/**
 * Checks a terms version against its program: every breach of a firm rule is refused (all of them
 * at once), every breach of a negotiable one is kept as a deviation.
 */
export function checkProgramRules(
  program: ProgramOfProposal,
  facts: ProposalFacts,
  paths: RulePaths,
): RuleOutcome {
  const outcome: RuleOutcome = { refusals: [], deviations: [] };
  for (const limit of termsLimitsOf(program, facts.cooperative.kind)) {
    for (const breach of breachesOf(limit, facts, paths)) {
      if (program.negotiableRules.includes(breach.deviation.rule)) outcome.deviations.push(breach.deviation);
      else outcome.refusals.push(new DomainError(breach.code, breach.message, breach.field));
    }
  }
  return outcome;
}

/** The kind of a proposal must be one its program takes and one that can answer its offering. */
export function kindProblems(
  kind: ProposalKind,
  program: { kind: ProgramKind } | null,
  offering: { kind: OfferingKind } | null,
  field: string[],
): ProgramRuleRefusal[] {
  const problems: ProgramRuleRefusal[] = [];
  if (program && !admittedByProgram(kind, program.kind)) {
    problems.push(
      new DomainError(
        RefusalCode.PROPOSAL_KIND_NOT_ADMITTED,
        `A ${program.kind} program does not take ${kind} proposals.`,
        field,
      ),
    );
  }
  if (offering && !fitsOffering(kind, offering.kind)) {
    problems.push(
      new DomainError(
        RefusalCode.PROPOSAL_KIND_DOES_NOT_FIT_OFFERING,
        `A ${kind} proposal cannot answer a ${offering.kind} offering.`,
        field,
      ),
    );
  }
  return problems;
}
