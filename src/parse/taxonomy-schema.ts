/**
 * The shape of the topic taxonomy (content/topics.yaml): validated where the file is parsed, so the parser
 * needs nothing from the later stages of the pipeline.
 */
import { z } from 'zod';
import { Slug } from './slug.ts';

const Pattern = z
  .string()
  .trim()
  .min(1)
  .refine((value) => /[\p{L}\p{N}]/u.test(value.replace(/\*$/, '')), 'must contain a word')
  .refine(
    (value) => !value.replace(/^\*(?=[\p{L}\p{N}]+$)/u, '').slice(0, -1).includes('*'),
    'a "*" may only end a pattern (as in "prun*") or start a single word (as in "*bench")',
  );

export const TopicSchema = z.object({
  slug: Slug,
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** Words or phrases; a trailing `*` matches any ending (`prun*` matches "pruning", "pruned"). */
  match: z.array(Pattern).min(1),
  /** A paper containing any of these is left out of the topic even if it matches. */
  exclude: z.array(Pattern).default([]),
  /** Phrases inside which a `match` hit does not count ("language model" inside "vision-language model"). */
  ignore: z.array(Pattern).optional(),
  /** The score a paper needs to join this topic, when it differs from the default (see `MIN_SCORE`). */
  min_score: z.number().positive().optional(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const TaxonomySchema = z
  .array(TopicSchema)
  .min(1)
  .superRefine((topics, context) => {
    const seen = new Set<string>();
    for (const [index, topic] of topics.entries()) {
      if (seen.has(topic.slug)) context.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate topic slug "${topic.slug}"` });
      seen.add(topic.slug);
    }
  });
