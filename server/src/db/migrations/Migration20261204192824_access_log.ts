import { Migration } from '@mikro-orm/migrations';

/**
 * The access log (issue 11, UU PDP 27/2022 accountability): sign-ins, refused mutations, reads of
 * personal data and exports. Logins recorded so far as audit changes of `lastLoginAt` by no one move
 * here: the audit trail keeps changes people made.
 */
export class Migration20261204192824_access_log extends Migration {

  override name = 'Migration20261204192824_access_log';

  override up(): void | Promise<void> {
    this.addSql(`create table "access_log" ("id" uuid not null, "occurred_at" timestamptz not null, "action" text not null, "government_id" uuid null, "actor_id" uuid null, "actor_email" varchar(160) null, "actor_role" varchar(32) null, "actor_government_id" uuid null, "operation" varchar(200) not null, "entity_name" varchar(64) null, "entity_id" varchar(64) null, "fields" jsonb not null, "reason" varchar(64) null, "row_count" int null, "client_ip" varchar(64) null, "request_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "access_log_occurred_at_index" on "access_log" ("occurred_at");`);
    this.addSql(`create index "access_log_actor_id_occurred_at_index" on "access_log" ("actor_id", "occurred_at");`);
    this.addSql(`create index "access_log_entity_name_entity_id_index" on "access_log" ("entity_name", "entity_id");`);
    this.addSql(`create index "access_log_government_id_occurred_at_index" on "access_log" ("government_id", "occurred_at");`);

    this.addSql(`alter table "access_log" add constraint "access_log_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'MUTATION_REFUSED', 'PERSONAL_DATA_READ', 'EXPORT'));`);

    this.addSql(`insert into "access_log" ("id", "occurred_at", "action", "government_id", "actor_id", "actor_email", "actor_role", "actor_government_id", "operation", "fields", "request_id")
      select a."id", a."occurred_at", 'SIGN_IN', u."government_id", u."id", u."email", u."role", u."government_id", 'login', '[]'::jsonb, a."request_id"
        from "audit_entry" a left join "app_user" u on u."id"::text = a."entity_id"
       where a."entity_name" = 'User' and a."action" = 'UPDATE' and a."actor_id" is null and a."changes" -> 'lastLoginAt' is not null and a."changes" - 'lastLoginAt' = '{}'::jsonb;`);
    this.addSql(`delete from "audit_entry" where "entity_name" = 'User' and "action" = 'UPDATE' and "actor_id" is null and "changes" -> 'lastLoginAt' is not null and "changes" - 'lastLoginAt' = '{}'::jsonb;`);
    this.addSql(`update "audit_entry" set "changes" = "changes" - 'lastLoginAt' where "entity_name" = 'User' and "changes" -> 'lastLoginAt' is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "access_log" cascade;`);
  }

}
