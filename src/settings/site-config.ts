/**
 * Site settings in one place. Edit the defaults in src/settings/validate-settings.ts, or set the environment
 * variables (LISTINGS_DIR, SITE_URL, BASE_PATH, …) at build time. Validated here so a typo fails loudly.
 */
import { validateSettings, type Env, type SiteConfig } from './validate-settings.ts';

export { normaliseBasePath, type SiteConfig } from './validate-settings.ts';

/** Invalid settings: the message lists each one with its variable and an example; a stack would only add noise. */
export class SettingsError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid settings:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
    this.stack = '';
  }
}

export function loadSiteConfig(env: Env = process.env): SiteConfig {
  const result = validateSettings(env);
  if (!result.ok) throw new SettingsError(result.problems);
  return result.config;
}

export const siteConfig = loadSiteConfig();
