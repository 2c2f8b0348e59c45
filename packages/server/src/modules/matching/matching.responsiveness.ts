import type { Knex } from '@mikro-orm/postgresql';
import { ProposalSide } from '../proposal/proposal.entity';
import { responsivenessOfSql } from './matching.reads';

/**
 * The statement that rewrites the responsiveness figures matching reads (the rule of
 * responsivenessOfSql): a cooperative's in its match facts, a partner's in `partner_responsiveness`.
 * Rows change only where the figures did; organisations without answers in the window get none.
 * Its one row counts the rows changed. Seeds run it once their proposals are in.
 */
export const REFRESH_MATCH_RESPONSIVENESS_SQL = `
  with cooperatives as (
    update cooperative_match_fact f
       set responses = coalesce(r.responses, 0), median_seconds = r.median_seconds
      from cooperative_match_fact k
      left join (${responsivenessOfSql(ProposalSide.COOPERATIVE)}) r on r.org_id = k.cooperative_id
     where k.cooperative_id = f.cooperative_id
       and (f.responses, f.median_seconds) is distinct from (coalesce(r.responses, 0), r.median_seconds)
    returning 1
  ),
  partners as (${responsivenessOfSql(ProposalSide.PARTNER)}),
  gone as (
    delete from partner_responsiveness k where k.partner_id not in (select org_id from partners)
    returning 1
  ),
  written as (
    insert into partner_responsiveness (partner_id, responses, median_seconds)
    select org_id, responses, median_seconds from partners
    on conflict (partner_id) do update
      set responses = excluded.responses, median_seconds = excluded.median_seconds
      where (partner_responsiveness.responses, partner_responsiveness.median_seconds)
            is distinct from (excluded.responses, excluded.median_seconds)
    returning 1
  )
  select (select count(*) from cooperatives) + (select count(*) from gone) + (select count(*) from written)
         as changed`;

/**
 * The background job's run: the figures are as old as the last run
 * (MATCH_RESPONSIVENESS_INTERVAL_SECONDS). Several processes may call it: a run that finds another
 * in progress skips. Returns the rows changed.
 */
export async function refreshMatchResponsiveness(knex: Knex): Promise<number> {
  return knex.transaction(async (trx) => {
    const lock = (await trx.raw(
      "select pg_try_advisory_xact_lock(hashtext('mitradesa:match-responsiveness')) as locked",
    )) as { rows: { locked: boolean }[] };
    if (!lock.rows[0].locked) return 0;
    const result = (await trx.raw(REFRESH_MATCH_RESPONSIVENESS_SQL)) as { rows: { changed: string }[] };
    return Number(result.rows[0].changed);
  });
}
