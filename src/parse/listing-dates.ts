/** Calendar-date helpers. Dates are plain `YYYY-MM-DD` strings: no time zones to get wrong. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month number (1–12) of an English month abbreviation as Hugging Face prints it, else undefined. */
export function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name);
  return index === -1 ? undefined : index + 1;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a `YYYY-MM-DD` string naming a day that exists (no Feb 30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The year of a date printed without one (`Sep 17`) in an edition of `editionDay`:
 * the edition's year, or the year before when that date would fall after the edition.
 */
export function inferYear(month: number, day: number, editionDay: string): number {
  const editionYear = Number(editionDay.slice(0, 4));
  return isoDate(editionYear, month, day) > editionDay ? editionYear - 1 : editionYear;
}
