import { Migration } from '@mikro-orm/migrations';

export class Migration20261206092635 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "team_invitation" ("id" serial primary key, "cooperative_id" int null, "partner_id" int null, "email" varchar(254) not null, "name" varchar(120) null, "role" text check ("role" in ('KETUA', 'PENGURUS', 'STAFF', 'PARTNER_ADMIN', 'PARTNER_OFFICER', 'MENTOR', 'DINAS', 'ADMIN')) not null, "invited_by_id" int null, "created_at" timestamptz(3) not null default now(), "expires_at" timestamptz(3) not null, "token_hash" varchar(64) not null, "mailed_at" timestamptz(3) null, "accepted_at" timestamptz(3) null, "cancelled_at" timestamptz(3) null, constraint team_invitation_one_organisation check ((cooperative_id is null) <> (partner_id is null)));`);
    this.addSql(`alter table "team_invitation" add constraint "team_invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create unique index team_invitation_open_unique on team_invitation (email, coalesce(cooperative_id, 0), coalesce(partner_id, 0)) where accepted_at is null and cancelled_at is null;`);
    this.addSql(`create index "team_invitation_partner_id_index" on "team_invitation" ("partner_id");`);
    this.addSql(`create index "team_invitation_cooperative_id_index" on "team_invitation" ("cooperative_id");`);

    this.addSql(`create table "team_event" ("id" serial primary key, "cooperative_id" int null, "partner_id" int null, "kind" text check ("kind" in ('MEMBER_INVITED', 'INVITATION_RESENT', 'INVITATION_CANCELLED', 'INVITATION_ACCEPTED', 'ROLE_CHANGED', 'MEMBER_REMOVED')) not null, "actor_id" int null, "email" varchar(254) not null, "role" text check ("role" in ('KETUA', 'PENGURUS', 'STAFF', 'PARTNER_ADMIN', 'PARTNER_OFFICER', 'MENTOR', 'DINAS', 'ADMIN')) not null, "previous_role" text check ("previous_role" in ('KETUA', 'PENGURUS', 'STAFF', 'PARTNER_ADMIN', 'PARTNER_OFFICER', 'MENTOR', 'DINAS', 'ADMIN')) null, "at" timestamptz(3) not null default now(), constraint team_event_one_organisation check ((cooperative_id is null) <> (partner_id is null)));`);
    this.addSql(`create index "team_event_partner_id_at_index" on "team_event" ("partner_id", "at");`);
    this.addSql(`create index "team_event_cooperative_id_at_index" on "team_event" ("cooperative_id", "at");`);

    this.addSql(`alter table "team_invitation" add constraint "team_invitation_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_invitation" add constraint "team_invitation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_invitation" add constraint "team_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "team_event" add constraint "team_event_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_event" add constraint "team_event_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_event" add constraint "team_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "team_invitation" cascade;`);

    this.addSql(`drop table if exists "team_event" cascade;`);
  }

}
