import { defineCollection } from 'astro:content';
import { DaySchema, PaperSchema } from './collect/schema.ts';
import { TopicSchema } from './collect/topics.ts';
import { siteConfig } from './settings/site-config.ts';
import { digestLoader } from './loader/digest-loader.ts';

const source = {
  listingsDir: siteConfig.listingsDir,
  topicsFile: siteConfig.topicsFile,
  relatedCount: siteConfig.relatedCount,
  allowEmptySite: siteConfig.allowEmptySite,
};

export const collections = {
  papers: defineCollection({ loader: digestLoader(source, 'papers'), schema: PaperSchema }),
  days: defineCollection({ loader: digestLoader(source, 'days'), schema: DaySchema }),
  topics: defineCollection({ loader: digestLoader(source, 'topics'), schema: TopicSchema }),
};
