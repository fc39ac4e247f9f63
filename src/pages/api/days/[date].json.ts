import type { APIRoute, GetStaticPaths } from 'astro';
import { getDigest, papersOf } from '../../../data/digest.ts';
import { dayFile, jsonBody } from '../../../feeds/data-api.ts';
import { apiContext } from '../../../feeds/site-api-context.ts';
import { cacheKey } from '../../../util/site/cache-key.ts';

export const getStaticPaths = (async () => {
  const digest = await getDigest();
  return digest.days.map((day) => ({
    params: { date: day.date },
    props: { day },
    // The key is the file itself: rendered again exactly when a byte of it would change.
    cacheKey: cacheKey(dayFile(day, papersOf(digest, day.papers), apiContext)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const digest = await getDigest();
  const body = jsonBody(dayFile(props.day, papersOf(digest, props.day.papers), apiContext));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
