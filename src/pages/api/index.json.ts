import type { APIRoute } from 'astro';
import { siteConfig } from '../../settings/site-config.ts';
import { getDigest } from '../../data/digest.ts';
import { indexFile, jsonBody } from '../../feeds/data-api.ts';
import { apiContext } from '../../feeds/site-api-context.ts';
import { absoluteUrl } from '../../util/site/urls.ts';

export const GET: APIRoute = async () => {
  const digest = await getDigest();
  const body = jsonBody(indexFile({ title: siteConfig.title, url: absoluteUrl() }, digest.days, apiContext));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
