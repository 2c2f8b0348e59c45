import type { Context } from '../../request-context';
import { loadOne } from '../../request-context';
import { toMoney, type MoneyAmount } from '../../shared/money';
import type { PoolShareTerms, RuleDeviation } from './proposal.entity';

/** The loan details, program-rule deviations and pool shares of a terms version (read apart from its other columns). */
export interface TermsDetails {
  graceMonths: number | null;
  operatingCostAmount: MoneyAmount | null;
  collateral: string | null;
  collateralValue: MoneyAmount | null;
  ruleDeviations: RuleDeviation[];
  poolShares: PoolShareTerms[] | null;
}

interface TermsDetailsRow {
  proposal_id: number;
  version: number;
  grace_months: number | null;
  operating_cost_amount: string | null;
  collateral: string | null;
  collateral_value: string | null;
  rule_deviations: RuleDeviation[];
  pool_shares: PoolShareTerms[] | null;
}

/** The details of version `version` of a proposal; batched across every terms version of a request. */
export function termsDetails(
  ctx: Context,
  proposalId: number,
  version: number,
): Promise<TermsDetails | null> {
  return loadOne<string, TermsDetailsRow, TermsDetails>(ctx, 'termsDetails', `${proposalId}:${version}`, {
    fetch: (keys) => {
      const pairs = keys.map((key) => key.split(':').map(Number));
      return ctx
        .knex('proposal_terms as t')
        .select(
          't.proposal_id',
          't.version',
          't.grace_months',
          't.operating_cost_amount',
          't.collateral',
          't.collateral_value',
          't.rule_deviations',
          't.pool_shares',
        )
        .whereRaw('(t.proposal_id, t.version) in (select * from unnest(?::int[], ?::int[]))', [
          pairs.map(([id]) => id),
          pairs.map(([, number]) => number),
        ]);
    },
    keyOf: (row) => `${row.proposal_id}:${row.version}`,
    toNode: (row) => ({
      graceMonths: row.grace_months,
      operatingCostAmount: toMoney(row.operating_cost_amount),
      collateral: row.collateral,
      collateralValue: toMoney(row.collateral_value),
      ruleDeviations: row.rule_deviations,
      poolShares: row.pool_shares,
    }),
  });
}
