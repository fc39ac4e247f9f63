import { LinkifyIt } from 'linkify-it';

// linkify-it knows where a URL ends in prose (a trailing full stop, a closing bracket).
const linkify = new LinkifyIt().set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org']);

/** The URL if it is an absolute http(s) URL, normalised; otherwise undefined. Never lets `javascript:` through. */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** Every distinct http(s) link in a text, in order of appearance. */
export function extractLinks(text: string): string[] {
  const found = new Set<string>();
  for (const match of linkify.match(text) ?? []) {
    const url = safeHttpUrl(match.url);
    if (url) found.add(url);
  }
  return [...found];
}

/** The first link that points at a code host (GitHub, GitLab, …), if any. */
export function findCodeLink(links: readonly string[]): string | undefined {
  return links.find((link) => CODE_HOSTS.has(new URL(link).hostname.replace(/^www\./, '')));
}
