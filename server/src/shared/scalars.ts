import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * Calendar dates (birth dates, TMT, decree dates) travel as `YYYY-MM-DD` strings end to end:
 * PostgreSQL `date` <-> string <-> GraphQL `LocalDate`. No Date objects, so no time-zone shifts
 * between UTC servers and Asia/Jakarta users.
 */
export const DateOnly = GraphQLLocalDate;

/** Today's date in Asia/Jakarta (WIB), as `YYYY-MM-DD`. */
export function todayJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
