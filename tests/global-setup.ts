// Runs once before all test files: refuses an old Node.js, and clears sites built by earlier runs
// so every run builds from the current code (tests/support/shared-site.ts builds them on demand).
import { rmSync } from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    throw new Error(`Tests need Node.js >= 22.12 (Astro 7), got ${process.version}. Run them with \`npm test\`.`);
  }
  rmSync(path.resolve(import.meta.dirname, '.output'), { recursive: true, force: true });
}
