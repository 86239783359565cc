import { dateIn } from '@asn-merit/common';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * Calendar dates (birth dates, TMT, decree dates) travel as `YYYY-MM-DD` strings end to end:
 * PostgreSQL `date` <-> string <-> GraphQL `LocalDate`. No Date objects, so no time-zone shifts
 * between UTC servers and Asia/Jakarta users.
 */
export const DateOnly = GraphQLLocalDate;

/**
 * @deprecated the Jakarta calendar date of an instant: use `dateIn` from `@asn-merit/common`, and
 * `ctx.today` for today. Kept for `exports/index.ts` until its own change lands.
 */
export const todayJakarta = (now: Date = new Date()): string => dateIn(now);
