/** Human dates for `YYYY-MM-DD` strings, in UTC so the output never depends on the build machine's zone. */
const formats = {
  long: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  medium: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export type DateStyle = keyof typeof formats;

export function formatDate(isoDate: string, style: DateStyle = 'medium'): string {
  const value = isoDate.length === 7 ? `${isoDate}-01` : isoDate;
  return formats[style].format(new Date(`${value}T00:00:00Z`));
}
