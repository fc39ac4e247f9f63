/**
 * The digest as pages read it, built from the three collections' data: pure, so the grouping by week,
 * month and topic-month is unit-tested without Astro. `getDigest` (digest.ts) builds it once per build.
 */
import type { PaginateFunction } from 'astro';
import type { Day, Paper } from '../collect/schema.ts';
import type { Topic } from '../collect/topics.ts';
import { cacheKey } from '../util/site/cache-key.ts';
import { isoWeek } from '../util/dates/iso-week.ts';
import { newestFirst } from '../util/papers/newest-first.ts';
import { rankByUpvotes } from '../util/papers/rank-by-upvotes.ts';

export interface DigestView {
  papers: Map<string, Paper>;
  /** Newest first. */
  days: Day[];
  topics: Map<string, Topic>;
  /** Paper ids newest first (latest listing day, then listing order). */
  newest: string[];
  /** Per topic slug, its paper ids newest first. */
  papersByTopic: Map<string, string[]>;
  /**
   * Per topic slug, its papers by the month they were first listed (`YYYY-MM`, newest month first), newest
   * first within a month. A paper never changes month, so a month's page is final once the month is over.
   */
  topicMonths: Map<string, Map<string, string[]>>;
  /** Papers listed in each ISO week (`YYYY-Www`) and each month, in listing order; oldest period first. */
  weeks: Map<string, string[]>;
  months: Map<string, string[]>;
}

/** Adds `id` to `period`'s list once, keeping first-listed order. */
function addTo(periods: Map<string, Set<string>>, period: string, id: string): void {
  const ids = periods.get(period);
  if (ids) ids.add(id);
  else periods.set(period, new Set([id]));
}

const asLists = (periods: Map<string, Set<string>>) => new Map([...periods].map(([period, ids]) => [period, [...ids]]));

export function digestView(paperList: readonly Paper[], dayList: readonly Day[], topicList: readonly Topic[]): DigestView {
  const papers = new Map(paperList.map((paper) => [paper.id, paper]));
  const days = [...dayList].sort((a, b) => (a.date < b.date ? 1 : -1));
  const topics = new Map(topicList.map((topic) => [topic.slug, topic]));
  const newest = newestFirst(days);

  const papersByTopic = new Map<string, string[]>([...topics.keys()].map((slug) => [slug, []]));
  const topicMonths = new Map<string, Map<string, string[]>>([...topics.keys()].map((slug) => [slug, new Map()]));
  for (const id of newest) {
    const paper = papers.get(id)!;
    const month = paper.days[0].slice(0, 7);
    for (const slug of paper.topics) {
      papersByTopic.get(slug)?.push(id);
      const months = topicMonths.get(slug);
      if (!months) continue;
      if (!months.has(month)) months.set(month, []);
      months.get(month)!.push(id);
    }
  }
  for (const [slug, months] of topicMonths) topicMonths.set(slug, new Map([...months].sort((a, b) => (a[0] < b[0] ? 1 : -1))));

  const weeks = new Map<string, Set<string>>();
  const months = new Map<string, Set<string>>();
  for (const day of days.toReversed()) {
    for (const id of day.papers) {
      addTo(weeks, isoWeek(day.date), id);
      addTo(months, day.date.slice(0, 7), id);
    }
  }
  return { papers, days, topics, newest, papersByTopic, topicMonths, weeks: asLists(weeks), months: asLists(months) };
}

export function papersOf(digest: DigestView, ids: readonly string[]): Paper[] {
  return ids.map((id) => digest.papers.get(id)!);
}

/** A topic as a card or a row names it. */
export type TopicMention = Pick<Topic, 'slug' | 'name'>;

const mentions = (slugs: readonly string[], topics: ReadonlyMap<string, Topic>): TopicMention[] =>
  slugs.flatMap((slug) => {
    const topic = topics.get(slug);
    return topic ? [{ slug: topic.slug, name: topic.name }] : [];
  });

/** What a row and a card both show: the title with its link, the byline, the date and the upvotes. */
const headline = (paper: Paper) => ({
  id: paper.id,
  title: paper.title,
  authors: paper.authors,
  authorCount: paper.authorCount,
  organization: paper.organization,
  published: paper.published,
  upvotes: paper.upvotes,
});

/**
 * Everything a paper card (`PaperCard`, and a day's `DayGlance`) renders, and nothing else: the card is drawn
 * from this object and the page's cache key hashes the same object, so a field the card shows cannot be
 * left out of its key.
 */
export function cardView(paper: Paper, topics: ReadonlyMap<string, Topic>) {
  return {
    ...headline(paper),
    firstDay: paper.days[0],
    abstract: paper.abstract,
    arxivId: paper.arxivId,
    codeUrl: paper.codeUrl,
    topics: mentions(paper.topics, topics),
  };
}
export type CardView = ReturnType<typeof cardView>;

/** The topics a compact row names: its strongest two, enough to tell what a paper is about at a glance. */
export const ROW_TOPICS = 2;

/** How a list of rows is ordered: by upvotes (weeks, months), or newest listed first (a topic's pages). */
export type RowOrder = 'ranked' | 'newest';

/**
 * Everything a compact row (`PaperRow`) renders: the row is drawn from it, and its page's cache key hashes it.
 * A list newest first gives each row the day that placed it (its latest listing), so the dates read in order.
 */
export function rowView(paper: Paper, topics: ReadonlyMap<string, Topic>, order: RowOrder = 'ranked') {
  const all = mentions(paper.topics, topics);
  return {
    ...headline(paper),
    listed: order === 'newest' ? paper.days.at(-1) : undefined,
    topics: all.slice(0, ROW_TOPICS),
    /** Topics the row does not name: it says how many, so a topic page's paper never seems out of place. */
    moreTopics: Math.max(0, all.length - ROW_TOPICS),
  };
}
export type RowView = ReturnType<typeof rowView>;

/** Rows per page of a week, month or topic-month: a long period stays light (about 25 kB gzipped a page). */
export const ROWS_PER_PAGE = 100;

/**
 * A long list of rows as numbered pages (`…/`, `…/2/`, …) with Astro's `paginate`, each page keyed by
 * exactly what it shows: its rows (`page.data`, the `rowView`s it renders), its place among the pages,
 * and what the caller passes in `shown`.
 */
export function pagedRows<Params extends Record<string, string>, Extra extends Record<string, unknown>>(
  paginate: PaginateFunction,
  papers: readonly Paper[],
  options: { params: Params; props: Extra; topics: ReadonlyMap<string, Topic>; shown: unknown; order?: RowOrder },
) {
  const rows = papers.map((paper) => rowView(paper, options.topics, options.order));
  return paginate(rows, { params: options.params, props: options.props, pageSize: ROWS_PER_PAGE }).map((entry) => {
    const { currentPage, lastPage, start, total, data } = entry.props.page;
    const key = cacheKey({ shown: options.shown, currentPage, lastPage, start, total, rows: data });
    return { ...entry, cacheKey: key };
  });
}

/**
 * A week's or a month's papers most upvoted first (ties in listing order), with the periods before and
 * after it. `periods` is oldest first.
 */
export function rankedPeriods(digest: DigestView, periods: ReadonlyMap<string, string[]>) {
  const names = [...periods.keys()];
  return names.map((period, index) => ({
    period,
    papers: rankByUpvotes(papersOf(digest, periods.get(period)!)),
    older: names[index - 1],
    newer: names[index + 1],
  }));
}
