/** The fetch's results as Markdown, for a CI job summary: what was written, which days failed and why. */
import { count } from '../text/count.ts';

export interface SummaryInput {
  written: string[];
  failed: { day: string; reason: string }[];
  olderMissing: string[];
  lookbackDays: number;
}

/** Reasons come from the network: one line each, no Markdown of their own. */
const plain = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/[`*_<>[\]|\\]/g, (char) => `\\${char}`);

export function fetchSummary({ written, failed, olderMissing, lookbackDays }: SummaryInput): string {
  const lines = ['## Fetch', ''];
  lines.push(written.length > 0 ? `Written: ${written.join(', ')}.` : 'No listing written.');
  if (failed.length > 0) {
    lines.push('', `**${count(failed.length, 'day')} failed** (the other days are committed; these are tried again on the next run):`, '');
    for (const { day, reason } of failed) lines.push(`- ${day}: ${plain(reason)}`);
  }
  if (olderMissing.length > 0) {
    lines.push('', `${count(olderMissing.length, 'older day has', 'older days have')} no listing (older than the ${lookbackDays}-day look-back, not fetched): ${olderMissing.join(', ')}.`);
  }
  return `${lines.join('\n')}\n\n`;
}
