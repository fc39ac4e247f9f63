/**
 * The topic chips to show: topics known to hold no paper are left out (their page would be empty),
 * then at most `limit`, strongest first as given; `hidden` counts the rest for a "+N more" note.
 */
export function chipTopics<T extends { count?: number }>(topics: readonly T[], limit = Infinity): { shown: T[]; hidden: number } {
  const listed = topics.filter((topic) => topic.count !== 0);
  const shown = listed.slice(0, limit);
  return { shown, hidden: listed.length - shown.length };
}
