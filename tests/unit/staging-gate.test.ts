import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { STAGING_AWAITED, STAGING_READY, stagingGate } from '../../src/integrations/staging-gate.ts';

/** Astro's side of the IPC channel to the build script, as `process` has it. */
class FakeParent extends EventEmitter {
  connected = true;
  refs = 0;
  sent: unknown[] = [];
  send(message: unknown) {
    this.sent.push(message);
    return true;
  }
  channel = { ref: () => void this.refs++, unref: () => void this.refs-- };
  disconnect() {
    this.connected = false;
    this.emit('disconnect');
  }
}

function gate(parent: FakeParent, enabled = true) {
  const exits: number[] = [];
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) };
  const integration = stagingGate({
    enabled,
    parent,
    exit: ((code: number) => {
      exits.push(code);
      throw new Error(`exit ${code}`);
    }) as (code: number) => never,
  });
  const hooks = integration.hooks as Record<string, (options?: object) => Promise<void> | void>;
  return {
    exits,
    lines,
    setup: (command = 'build') => hooks['astro:config:setup']({ command, logger }),
    buildStart: () => hooks['astro:build:start']() as Promise<void>,
  };
}

/** Whether a promise has settled once the events already due have run (the gate waits on nothing else). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('stagingGate', () => {
  it('holds the build until the build script says the staging copy is ready, then lets go of the channel', async () => {
    const parent = new FakeParent();
    const { setup, buildStart, exits, lines } = gate(parent);
    setup();
    const start = buildStart();
    expect(await settled(start)).toBe(false);
    expect(parent.sent).toEqual([STAGING_AWAITED]);
    parent.emit('message', 'something else');
    expect(await settled(start)).toBe(false);
    parent.emit('message', STAGING_READY);
    await start;
    expect(exits).toEqual([]);
    expect(parent.connected).toBe(false);
    expect(parent.listenerCount('message') + parent.listenerCount('disconnect')).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^waited \d+\.\d s for the staging copy$/)]);
  });

  it('does not wait, nor say so, when the staging copy was ready before Astro reached the gate', async () => {
    const parent = new FakeParent();
    const { setup, buildStart, lines } = gate(parent);
    setup();
    parent.emit('message', STAGING_READY);
    await buildStart();
    expect(lines).toEqual([]);
    expect(parent.sent).toEqual([]);
  });

  it('stops Astro, writing nothing, when the build script goes before the staging copy is ready', async () => {
    const parent = new FakeParent();
    const { setup, buildStart, exits, lines } = gate(parent);
    setup();
    const start = buildStart();
    parent.disconnect();
    await expect(start).rejects.toThrow('exit 1');
    expect(exits).toEqual([1]);
    expect(lines).toEqual([expect.stringMatching(/^error: the build stopped while it prepared the staging copy/)]);
  });

  it('keeps the channel from holding Astro open until the gate, and holds it while waiting', async () => {
    const parent = new FakeParent();
    const { setup, buildStart } = gate(parent);
    setup();
    expect(parent.refs).toBe(-1);
    const start = buildStart();
    expect(parent.refs).toBe(0);
    parent.emit('message', STAGING_READY);
    await start;
  });

  it('does nothing for `astro build` run on its own, or for the dev server', async () => {
    for (const [enabled, command] of [
      [false, 'build'],
      [true, 'dev'],
    ] as const) {
      const parent = new FakeParent();
      const { setup, buildStart } = gate(parent, enabled);
      setup(command);
      expect(await settled(buildStart())).toBe(true);
      expect(parent.listenerCount('message')).toBe(0);
    }
  });
});
