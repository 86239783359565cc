// Every migration, in order. Written by `npm run migration:create`; do not edit by hand.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123110635_initial } from './Migration20261123110635_initial.ts';
import { Migration20261123110700_reference_data } from './Migration20261123110700_reference_data.ts';
import { Migration20261123114314_settings } from './Migration20261123114314_settings.ts';
import { Migration20261123115402_competency_performance_talent } from './Migration20261123115402_competency_performance_talent.ts';
import { Migration20261123115403_competency_performance_reference } from './Migration20261123115403_competency_performance_reference.ts';
import { Migration20261123120002_survey } from './Migration20261123120002_survey.ts';
import { Migration20261123121328_promotion } from './Migration20261123121328_promotion.ts';
import { Migration20261123121329_promotion_reference } from './Migration20261123121329_promotion_reference.ts';
import { Migration20261123124500_transparency_setting } from './Migration20261123124500_transparency_setting.ts';
import { Migration20261204192000_rate_limit } from './Migration20261204192000_rate_limit.ts';
import { Migration20261204192824_access_log } from './Migration20261204192824_access_log.ts';
import { Migration20261204224901_api_keys } from './Migration20261204224901_api_keys.ts';
import { Migration20261204225145_workforce } from './Migration20261204225145_workforce.ts';
import { Migration20261204225146_workforce_settings } from './Migration20261204225146_workforce_settings.ts';
import { Migration20261205170000_read_speed } from './Migration20261205170000_read_speed.ts';
import { Migration20261205180000_documents } from './Migration20261205180000_documents.ts';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123110635_initial', class: Migration20261123110635_initial },
  { name: 'Migration20261123110700_reference_data', class: Migration20261123110700_reference_data },
  { name: 'Migration20261123114314_settings', class: Migration20261123114314_settings },
  { name: 'Migration20261123115402_competency_performance_talent', class: Migration20261123115402_competency_performance_talent },
  { name: 'Migration20261123115403_competency_performance_reference', class: Migration20261123115403_competency_performance_reference },
  { name: 'Migration20261123120002_survey', class: Migration20261123120002_survey },
  { name: 'Migration20261123121328_promotion', class: Migration20261123121328_promotion },
  { name: 'Migration20261123121329_promotion_reference', class: Migration20261123121329_promotion_reference },
  { name: 'Migration20261123124500_transparency_setting', class: Migration20261123124500_transparency_setting },
  { name: 'Migration20261204192000_rate_limit', class: Migration20261204192000_rate_limit },
  { name: 'Migration20261204192824_access_log', class: Migration20261204192824_access_log },
  { name: 'Migration20261204224901_api_keys', class: Migration20261204224901_api_keys },
  { name: 'Migration20261204225145_workforce', class: Migration20261204225145_workforce },
  { name: 'Migration20261204225146_workforce_settings', class: Migration20261204225146_workforce_settings },
  { name: 'Migration20261205170000_read_speed', class: Migration20261205170000_read_speed },
  { name: 'Migration20261205180000_documents', class: Migration20261205180000_documents },
];

