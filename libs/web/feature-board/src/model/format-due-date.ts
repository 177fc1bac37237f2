// Formatters are costly to build and a board formats thousands of dates: one each, made on first use.
const formatters = new Map<boolean, Intl.DateTimeFormat>();

function formatterFor(withYear: boolean): Intl.DateTimeFormat {
  let formatter = formatters.get(withYear);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    formatters.set(withYear, formatter);
  }
  return formatter;
}

/** Due dates are calendar days (YYYY-MM-DD) with no time zone, so they are formatted as UTC to never shift a day. */
export function formatDueDate(dueDate: string, today = new Date()): string {
  const date = new Date(`${dueDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return dueDate;
  return formatterFor(date.getUTCFullYear() !== today.getFullYear()).format(date);
}

/** The user's calendar day as YYYY-MM-DD, comparable as a string with a due date. */
export function localDay(date = new Date()): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

export function isOverdue(dueDate: string, today = new Date()): boolean {
  return dueDate < localDay(today);
}
