/**
 * `npm run build` runs Astro as a child process and publishes its output. If that parent is killed, Astro
 * must not go on writing into the staging copy on its own: it checks for its parent and stops when it is gone.
 */
import type { AstroIntegration } from 'astro';

export function exitWithBuild(parentPid = Number(process.env.DIGEST_BUILD_PID)): AstroIntegration {
  return {
    name: 'paper-digest-exit-with-build',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (!parentPid) return;
        const timer = setInterval(() => {
          if (process.ppid === parentPid) return;
          logger.error('the build was stopped (its parent process is gone): stopping too, nothing is published.');
          process.exit(1);
        }, 250);
        timer.unref();
      },
    },
  };
}
