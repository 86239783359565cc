import { dateIn } from '@asn-merit/common';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * Calendar dates (birth dates, TMT, decree dates) travel as `YYYY-MM-DD` strings end to end:
 * PostgreSQL `date` <-> string <-> GraphQL `LocalDate`. No Date objects, so no time-zone shifts
 * between UTC servers and Asia/Jakarta users.
 */
export const DateOnly = GraphQLLocalDate;

/** The Jakarta calendar date of an instant (today by default): see `@asn-merit/common` dates. */
export const todayJakarta = (now: Date = new Date()): string => dateIn(now);
