export { Setting } from './setting.entity.ts';
export { SettingsService } from './settings.service.ts';
import { SettingsResolver } from './settings.resolver.ts';

export const settingsResolvers = [SettingsResolver] as const;
