import { Migration } from '@mikro-orm/migrations';

export class Migration20261123114314_settings extends Migration {

  override name = 'Migration20261123114314_settings';

  override up(): void | Promise<void> {
    this.addSql(`create table "setting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid null, "key" varchar(80) not null, "value" double precision not null, "min" double precision null, "max" double precision null, "description" varchar(300) not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "setting_government_id_index" on "setting" ("government_id");`);
    this.addSql(`create unique index "setting_government_key_unique" on "setting" ("government_id", "key") where "government_id" is not null;`);
    this.addSql(`create unique index "setting_default_key_unique" on "setting" ("key") where "government_id" is null;`);

    this.addSql(`alter table "setting" add constraint "setting_government_id_foreign" foreign key ("government_id") references "government" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "setting" cascade;`);
  }

}
