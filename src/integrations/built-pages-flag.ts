/**
 * Tells the pages whether they are being built (`astro build`) or served by `npm run dev`, through
 * `import.meta.env.DIGEST_BUILT_PAGES`. The Content-Security-Policy goes on built pages only: the dev
 * server serves its CSS as inline styles, which the policy would block. (`import.meta.env.PROD` and `MODE`
 * follow NODE_ENV and the mode, which a test runner or a user's shell can set either way.)
 */
import type { AstroIntegration } from 'astro';

export function builtPagesFlag(): AstroIntegration {
  return {
    name: 'paper-digest-built-pages-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.DIGEST_BUILT_PAGES': JSON.stringify(command === 'build') } } });
      },
    },
  };
}
