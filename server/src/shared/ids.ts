// Ids are UUIDs. Kept apart from inputs.ts (decorators) so plain modules can check an id without
// loading type-graphql's metadata.
import { validate as isUuid } from 'uuid';

/** Whether a string is a UUID (ids in paths, query strings and public arguments). */
export const isId = (value: string): boolean => isUuid(value);
