// Every migration, in order. Written by `npm run migration:create`; do not edit by hand.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123110635_initial } from './Migration20261123110635_initial.ts';
import { Migration20261123114314_settings } from './Migration20261123114314_settings.ts';
import { Migration20261123120000_reference_data } from './Migration20261123120000_reference_data.ts';
import { Migration20261123120002_survey } from './Migration20261123120002_survey.ts';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123110635_initial', class: Migration20261123110635_initial },
  { name: 'Migration20261123114314_settings', class: Migration20261123114314_settings },
  { name: 'Migration20261123120000_reference_data', class: Migration20261123120000_reference_data },
  { name: 'Migration20261123120002_survey', class: Migration20261123120002_survey },
];
