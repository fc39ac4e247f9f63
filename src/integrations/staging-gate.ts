/**
 * `npm run build` starts Astro at once and brings the staging copy (Astro's output folder) up to date
 * beside it: Astro's start and its content sync do not touch the output folder, and on a large archive
 * they take as long as the copy. Before Astro builds anything, it waits here (at `astro:build:start`) for the
 * build script to say that the staging copy is ready. If the build script goes instead (killed, or failed
 * while copying), Astro stops without writing a page.
 *
 * Only when the build script asks for it (DIGEST_STAGING_GATE=1, with an IPC channel): `astro build` run
 * directly builds at once.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** The message the build script sends once the staging copy is ready. */
export const STAGING_READY = 'staging-ready';
/** What Astro says when it has reached the gate before that message. */
export const STAGING_AWAITED = 'staging-awaited';

/** The side of a Node.js IPC channel the gate listens on: `process` in Astro's process. */
export interface ParentChannel {
  connected?: boolean;
  channel?: { ref(): void; unref(): void } | null;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'disconnect', listener: () => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'disconnect', listener: () => void): unknown;
  disconnect?(): void;
  send?(message: unknown, callback?: (error: Error | null) => void): boolean;
}

export interface StagingGateOptions {
  enabled?: boolean;
  parent?: ParentChannel;
  /** How Astro stops when the build script is gone (a test passes its own). */
  exit?: (code: number) => never;
}

export function stagingGate({
  enabled = process.env.DIGEST_STAGING_GATE === '1',
  parent = process as ParentChannel,
  exit = (code) => process.exit(code),
}: StagingGateOptions = {}): AstroIntegration {
  // Listening from the setup hook on: the message may come long before Astro reaches the gate. (Should it be
  // missed, the build script sends it again when Astro says it waits.)
  let ready: Promise<'ready' | 'gone'> | undefined;
  let told = false;
  let logger: AstroIntegrationLogger | undefined;
  let stopListening = () => {};
  const listen = () =>
    new Promise<'ready' | 'gone'>((resolve) => {
      const onMessage = (message: unknown) => {
        if (message !== STAGING_READY) return;
        told = true;
        resolve('ready');
      };
      const onDisconnect = () => resolve('gone');
      parent.on('message', onMessage);
      parent.on('disconnect', onDisconnect);
      stopListening = () => {
        parent.off('message', onMessage);
        parent.off('disconnect', onDisconnect);
      };
      if (parent.connected === false) resolve('gone');
    });

  return {
    name: 'paper-digest-staging-gate',
    hooks: {
      'astro:config:setup': ({ command, logger: own }) => {
        if (!enabled || command !== 'build' || !parent.channel) return;
        logger = own;
        ready ??= listen(); // (once, should the hook run again)
        // The channel must not keep Astro running on its own (after a failed sync, say) until the gate.
        parent.channel.unref();
      },
      'astro:build:start': async () => {
        if (!ready) return;
        const started = performance.now();
        const waits = !told;
        parent.channel?.ref();
        if (waits && parent.connected) parent.send?.(STAGING_AWAITED, () => {});
        const outcome = await ready;
        stopListening();
        if (outcome === 'gone') {
          logger?.error('the build stopped while it prepared the staging copy: stopping too, nothing is published.');
          exit(1);
        }
        // Done with the channel: from here, Astro follows its parent as before (exit-with-build.ts).
        if (parent.connected) parent.disconnect?.();
        if (waits) logger?.info(`waited ${((performance.now() - started) / 1000).toFixed(1)} s for the staging copy`);
      },
    },
  };
}
