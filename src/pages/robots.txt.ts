import type { APIRoute } from 'astro';
import { absoluteUrl } from '../util/site/urls.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\n`);
