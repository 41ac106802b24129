/** The names of the months and of the days of the week, as written in English news. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "(?:January|…|December)", for a pattern. */
export const MONTH_ALTERNATION = `(?:${MONTH_NAMES.join('|')})`;
export const WEEKDAY_ALTERNATION = `(?:${WEEKDAY_NAMES.join('|')})`;
/** "(?:January|…|December|Monday|…|Sunday)", for a pattern. */
export const CALENDAR_ALTERNATION = `(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})`;
