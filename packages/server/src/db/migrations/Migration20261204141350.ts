import { Migration } from '@mikro-orm/migrations';

export class Migration20261204141350 extends Migration {
  override async up(): Promise<void> {
    // Existing programs, and rows inserted without it, hold every rule firm.
    this.addSql(`alter table "program" add column "negotiable_rules" text[] not null default '{}';`);

    this.addSql(
      `alter table "proposal_terms" add column "grace_months" int null, add column "operating_cost_amount" numeric(18,2) null, add column "collateral" text null, add column "collateral_value" numeric(18,2) null, add column "rule_deviations" jsonb not null default '[]';`,
    );
    this.addSql(
      `alter table "proposal_terms" add constraint proposal_terms_grace_months_check check(grace_months >= 0 and grace_months <= 120);`,
    );
    this.addSql(
      `alter table "proposal_terms" add constraint proposal_terms_operating_cost_amount_check check(operating_cost_amount >= 0 and (amount is null or operating_cost_amount <= amount));`,
    );
    this.addSql(
      `alter table "proposal_terms" add constraint proposal_terms_collateral_value_check check(collateral_value >= 0);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "program" drop column "negotiable_rules";`);

    this.addSql(`alter table "proposal_terms" drop constraint proposal_terms_grace_months_check;`);
    this.addSql(`alter table "proposal_terms" drop constraint proposal_terms_operating_cost_amount_check;`);
    this.addSql(`alter table "proposal_terms" drop constraint proposal_terms_collateral_value_check;`);
    this.addSql(
      `alter table "proposal_terms" drop column "grace_months", drop column "operating_cost_amount", drop column "collateral", drop column "collateral_value", drop column "rule_deviations";`,
    );
  }
}
