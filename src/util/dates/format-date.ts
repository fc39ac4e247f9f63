/** Human dates for `YYYY-MM-DD` strings, in UTC so the output never depends on the build machine's zone. */
const formats = {
  long: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  medium: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export type DateStyle = keyof typeof formats;

// A build formats the same few thousand dates again and again, and Intl formatting is slow: remember each.
const formatted = new Map<string, string>();

export function formatDate(isoDate: string, style: DateStyle = 'medium'): string {
  const key = `${style} ${isoDate}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const value = isoDate.length === 7 ? `${isoDate}-01` : isoDate;
    text = formats[style].format(new Date(`${value}T00:00:00Z`));
    formatted.set(key, text);
  }
  return text;
}
