import { Migration } from '@mikro-orm/migrations';

/**
 * API keys of dashboards and analyst tools (issue 18): the key's SHA-256, its scope (a government or
 * a unit), view, rate, expiry, revocation and usage; the operations a key may run (trusted
 * documents); and the access log's record of each use of a key.
 */
export class Migration20261204224901_api_keys extends Migration {

  override name = 'Migration20261204224901_api_keys';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "unit_id" uuid null, "name" varchar(120) not null, "prefix" varchar(16) not null, "key_hash" varchar(64) not null, "view" text not null default 'MASKED', "trusted_operations_only" boolean not null default false, "rate_limit_max" int not null, "rate_limit_window_seconds" int not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, "created_by_id" uuid not null, "last_used_at" timestamptz null, "request_count" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "api_key_unit_id_index" on "api_key" ("unit_id");`);
    this.addSql(`create index "api_key_key_hash_index" on "api_key" ("key_hash");`);
    this.addSql(`alter table "api_key" add constraint "api_key_government_id_id_unique" unique ("government_id", "id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_government_id_key_hash_unique" unique ("government_id", "key_hash");`);
    this.addSql(`alter table "api_key" add constraint "api_key_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_view_check" check ("view" in ('MASKED', 'DIRECTORY'));`);

    this.addSql(`create table "api_key_operation" ("id" uuid not null, "government_id" uuid not null, "api_key_id" uuid not null, "sha256" varchar(64) not null, "operation_name" varchar(200) null, "document" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "api_key_operation" add constraint "api_key_operation_government_id_api_key_id_sha256_unique" unique ("government_id", "api_key_id", "sha256");`);
    this.addSql(`alter table "api_key_operation" add constraint "api_key_operation_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on delete cascade;`);

    this.addSql(`alter table "access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "access_log" add constraint "access_log_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'MUTATION_REFUSED', 'PERSONAL_DATA_READ', 'EXPORT', 'API_KEY_USE', 'API_KEY_REFUSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "access_log" where "action" in ('API_KEY_USE', 'API_KEY_REFUSED');`);
    this.addSql(`alter table "access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "access_log" add constraint "access_log_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'MUTATION_REFUSED', 'PERSONAL_DATA_READ', 'EXPORT'));`);
    this.addSql(`drop table if exists "api_key_operation" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}
