// A date range picked as calendar days (`YYYY-MM-DD`) -> the instants the API filters on, in the
// browser's time zone (WIB for users in Java): from the first to the last millisecond of the days.
export const dayStart = (day: string): string => new Date(`${day}T00:00:00`).toISOString();
export const dayEnd = (day: string): string => new Date(`${day}T23:59:59.999`).toISOString();
