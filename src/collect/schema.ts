/**
 * The validated shapes of the digest's data: one schema for a paper, one for a day, one for a topic.
 * Plain zod (the same package `astro/zod` re-exports), so pure modules and tests can use them without Astro.
 */
import { z } from 'zod';
import { isIsoDate } from '../parse/listing-dates.ts';
import { safeHttpUrl } from '../parse/links.ts';
import { Slug } from '../parse/slug.ts';

export { Slug };
export const IsoDate = z.string().refine(isIsoDate, 'must be a real calendar date, YYYY-MM-DD');
export const HttpUrl = z.string().refine((value) => safeHttpUrl(value) === value, 'must be an absolute http(s) URL');

export const PaperSchema = z
  .object({
    id: Slug,
    title: z.string().min(1),
    abstract: z.string().min(1),
    published: IsoDate,
    upvotes: z.number().int().nonnegative(),
    arxivId: z.string().optional(),
    authors: z.array(z.string().min(1)).optional(),
    authorCount: z.number().int().positive().optional(),
    organization: z.object({ account: z.string().min(1), name: z.string().min(1) }).optional(),
    links: z.array(HttpUrl),
    codeUrl: HttpUrl.optional(),
    projectUrl: HttpUrl.optional(),
    keywords: z.array(z.string().min(1)),
    /** Hugging Face's machine-written summary, shown labelled as such. */
    aiSummary: z.string().min(1).optional(),
    /** Stars of `codeUrl` (a GitHub repository) when last listed. */
    githubStars: z.number().int().nonnegative().optional(),
    /** Comments in the paper's discussion on Hugging Face when last listed. */
    comments: z.number().int().nonnegative().optional(),
    /** Every digest day that listed the paper, oldest first. */
    days: z.array(IsoDate).min(1),
    topics: z.array(Slug),
    /** Ids of similar papers listed up to this paper's first day, most similar first. */
    related: z.array(Slug),
    /** Ids of newer papers that found this one similar, most similar first. */
    later: z.array(Slug),
    /** `file:line` of every listing entry merged into this paper. */
    sources: z.array(z.string()).min(1),
  })
  .refine((paper) => paper.authorCount !== undefined || paper.organization !== undefined, {
    message: 'needs an author count or an organisation',
  });
export type Paper = z.infer<typeof PaperSchema>;

export const DaySchema = z.object({
  date: IsoDate,
  /** The listing file it came from. */
  file: z.string(),
  /** Paper ids in listing order; empty for a day whose listing had no papers. */
  papers: z.array(Slug),
});
export type Day = z.infer<typeof DaySchema>;
