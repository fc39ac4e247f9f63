/** The User-Agent the fetch sends, so the API's operators can see who asks and where to reach them. */

/** `repository` is `owner/name` on GitHub (Actions sets GITHUB_REPOSITORY); else the project's name stands in. */
export function userAgent(version: string, repository?: string): string {
  const contact = repository ? `https://github.com/${repository}` : 'paper-digest static-site generator';
  return `paper-digest/${version} (+${contact})`;
}
