import type { APIRoute } from 'astro';
import { siteConfig } from '../settings/site-config.ts';
import { getDigest } from '../data/digest.ts';
import { allFeeds } from '../feeds/all-feeds.ts';
import { opml } from '../feeds/opml.ts';

export const GET: APIRoute = async () => {
  const digest = await getDigest();
  const latest = digest.days[0]?.date;
  const body = opml(`${siteConfig.title}: all feeds`, allFeeds(digest), latest && new Date(`${latest}T00:00:00Z`).toUTCString());
  return new Response(body, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
