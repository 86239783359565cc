export { ApiKey, ApiKeyOperation, ApiKeyStatus, ApiKeyView } from './apikey.entity.ts';
export { API_KEY_PREFIX, isApiKey, newApiKey, resolveApiKey, sha256 } from './apikey.auth.ts';
export { apiKeyGate, apiKeyPlugin } from './apikey.guard.ts';
export { registerOperations } from './apikey.service.ts';
import { ApiKeyResolver } from './apikey.resolver.ts';

export const apiKeyResolvers = [ApiKeyResolver] as const;
