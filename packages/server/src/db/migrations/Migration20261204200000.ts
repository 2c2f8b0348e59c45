import { Migration } from '@mikro-orm/migrations';

/**
 * Responsiveness for matching, kept per organisation: the answers it gave on its turn in the last
 * 90 days and their median, as `responsivenessOfSql` (matching.reads.ts) computes them from
 * `proposal_answer`. A background job rewrites the figures (matching.responsiveness.ts): at
 * national size one partner has 300k answers in the window, and sorting them per recommendation
 * cost 0.1–0.6 s. A cooperative's figures sit with its other match facts, so the bound on its score
 * is exact; a partner's in `partner_responsiveness` (no row: no answers in the window).
 */
export class Migration20261204200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table cooperative_match_fact
      add column responses integer not null default 0,
      add column median_seconds integer;`);
    this.addSql(
      `comment on column cooperative_match_fact.responses is 'Answers on its turn in the last 90 days (with median_seconds), rewritten by a background job.';`,
    );
    this.addSql(`create table partner_responsiveness (
      partner_id integer primary key references partner (id) on delete cascade,
      responses integer not null,
      median_seconds integer not null
    );`);
    this.addSql(
      `comment on table partner_responsiveness is 'Answers on one''s turn in the last 90 days and their median per partner, from proposal_answer; rewritten by a background job for matching.';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table partner_responsiveness;`);
    this.addSql(`alter table cooperative_match_fact drop column responses, drop column median_seconds;`);
  }
}
