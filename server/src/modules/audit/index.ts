export { AuditEntry, AuditAction } from './audit-entry.entity.ts';
export { AuditSubscriber, type AuditActor } from './audit.subscriber.ts';
import { AuditResolver } from './audit.resolver.ts';

export const auditResolvers = [AuditResolver] as const;
