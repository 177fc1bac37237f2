/** Due dates are calendar days (YYYY-MM-DD) with no time zone, so they are formatted as UTC to never shift a day. */
export function formatDueDate(dueDate: string, today = new Date()): string {
  const date = new Date(`${dueDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return dueDate;
  const sameYear = date.getUTCFullYear() === today.getFullYear();
  return date.toLocaleDateString(undefined, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

export function isOverdue(dueDate: string, today = new Date()): boolean {
  const localToday = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return dueDate < localToday;
}
