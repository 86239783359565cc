export { AccessAction, AccessEntry } from './access-entry.entity.ts';
export { AccessLogWriter, AccessRecorder, type SignInAccount } from './access-log.ts';
export { accessLogPlugin } from './access.plugin.ts';
import { AccessResolver } from './access.resolver.ts';

export const accessResolvers = [AccessResolver] as const;
