/** Reading a built site: its pages, their links, and whether a URL resolves to a file in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function read(dist: string, file: string): string {
  return readFileSync(path.join(dist, file), 'utf8');
}

/** Every file under dist, relative, with forward slashes. */
export function filesIn(dist: string, filter: (file: string) => boolean = () => true): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => statSync(path.join(dist, file)).isFile() && filter(file))
    .sort();
}

/** Values of an attribute in an HTML document, entity-decoded for &amp; only (all our URLs need). */
export function attributeValues(html: string, element: string, attribute: string): string[] {
  const pattern = new RegExp(`<${element}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'gi');
  return [...html.matchAll(pattern)].map((match) => match[1].replace(/&amp;/g, '&'));
}

/**
 * The file (relative to dist/) that a URL found in a page resolves to, as a static host would serve it,
 * or undefined when the URL points elsewhere (another origin, mailto:, …) or outside the base path.
 */
export function fileForUrl(url: string, pageUrl: string, siteOrigin: string, basePath: string): string | undefined {
  const resolved = new URL(url, new URL(pageUrl, siteOrigin));
  if (resolved.origin !== siteOrigin) return undefined;
  if (!resolved.pathname.startsWith(basePath)) return `(outside base path) ${resolved.pathname}`;
  let relative = decodeURIComponent(resolved.pathname.slice(basePath.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  return relative;
}

export function existsInDist(dist: string, relative: string): boolean {
  return existsSync(path.join(dist, relative)) && statSync(path.join(dist, relative)).isFile();
}
