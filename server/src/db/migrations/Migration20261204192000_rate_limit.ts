import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters shared by every server on the database (rate-limiter-flexible's PostgreSQL
 * store, issue 11): one row per limit and client key. Not an entity, so written by hand; the schema
 * diff skips it (`schemaGenerator.skipTables`).
 */
export class Migration20261204192000_rate_limit extends Migration {
  override name = 'Migration20261204192000_rate_limit';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limit" ("key" text not null primary key, "points" integer not null default 0, "expire" bigint null);`);
    this.addSql(`create index "rate_limit_expire_index" on "rate_limit" ("expire");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
