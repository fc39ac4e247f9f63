/**
 * Settings a production build needs but a local one does not. Without SITE_URL, feeds, canonical links and
 * the sitemap point at localhost: fine on a laptop, a broken site when published, so CI refuses it.
 */
import type { Env } from './validate-settings.ts';

export interface SettingsNotice {
  level: 'warn' | 'error';
  message: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

function isCi(env: Env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

function isLocal(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false; // an invalid URL is validateSettings' to report
  }
}

/** What is wrong with the settings for a build meant to be published: warnings on a workstation, errors on CI. */
export function productionSettingsProblems(env: Env): SettingsNotice[] {
  const siteUrl = env.SITE_URL?.trim();
  if (siteUrl && !isLocal(siteUrl)) return [];
  const level = isCi(env) ? 'error' : 'warn';
  const what = siteUrl ? `SITE_URL is ${siteUrl}, a local address` : 'SITE_URL is not set';
  return [
    {
      level,
      message:
        `${what}: feeds, canonical links and the sitemap will point at ${siteUrl || 'http://localhost:4321'}, not at the published site. ` +
        `Set it to the address the site is served from, e.g. SITE_URL=https://papers.example.org npm run build` +
        (level === 'error' ? ' (on CI, set SITE_URL in the job environment)' : ''),
    },
  ];
}
