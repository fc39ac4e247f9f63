// Runs once before all test files: refuses an old Node.js, names this run (its shared sample sites are
// built fresh, from the current code), and clears what runs older than an hour left in tests/.output.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const STALE_MS = 60 * 60 * 1000;

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}

export default function setup(project: TestProject): void {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    throw new Error(`Tests need Node.js >= 22.19 (Astro 7), got ${process.version}. Run them with \`npm test\`.`);
  }
  const output = path.resolve(import.meta.dirname, '.output');
  mkdirSync(output, { recursive: true });
  for (const entry of readdirSync(output)) {
    const full = path.join(output, entry);
    if (Date.now() - statSync(full).mtimeMs > STALE_MS) rmSync(full, { recursive: true, force: true });
  }
  project.provide('runId', `${Date.now()}-${process.pid}`);
}
