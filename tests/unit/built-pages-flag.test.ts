import { describe, expect, it } from 'vitest';
import { builtPagesFlag } from '../../src/integrations/built-pages-flag.ts';

/** The `define` the integration gives Vite for an Astro command. */
function defineFor(command: string): Record<string, string> | undefined {
  let config: { vite?: { define?: Record<string, string> } } = {};
  const hook = builtPagesFlag().hooks['astro:config:setup'] as (options: object) => void;
  hook({ command, updateConfig: (update: typeof config) => (config = update) });
  return config.vite?.define;
}

describe('builtPagesFlag', () => {
  it('says true to `astro build` and false to the dev server', () => {
    expect(defineFor('build')).toEqual({ 'import.meta.env.DIGEST_BUILT_PAGES': 'true' });
    expect(defineFor('dev')).toEqual({ 'import.meta.env.DIGEST_BUILT_PAGES': 'false' });
  });
});
