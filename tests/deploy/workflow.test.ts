// The daily GitHub Actions workflow, checked by a real workflow linter (action-validator: GitHub's
// workflow schema plus job references), and the deploy settings that must agree with it.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot, tempDir } from '../support/build-site.ts';

const workflowFile = path.join(projectRoot, '.github/workflows/daily.yml');
const workflowText = readFileSync(workflowFile, 'utf8');
const validatorCli = path.join(path.dirname(createRequire(import.meta.url).resolve('@action-validator/cli/package.json')), 'cli.mjs');

function actionValidator(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [validatorCli, file], { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A copy of the workflow with one edit, in a folder of the test's own (the file name makes it a workflow). */
function brokenCopy(from: string, to: string): string {
  expect(workflowText).toContain(from);
  const file = path.join(tempDir('workflow'), 'daily.yml');
  writeFileSync(file, workflowText.replace(from, to));
  return file;
}

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

describe('.github/workflows/daily.yml', { timeout: 60_000 }, () => {
  it('passes action-validator', async () => {
    const result = await actionValidator(workflowFile);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it.each([
    ['a misspelt key', 'runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest', '/jobs/build'],
    ['a bad permission', 'pages: write', 'pages: writ', '/permissions'],
    ['a job that needs a missing job', 'needs: build\n', 'needs: biuld\n', 'unresolved job biuld'],
  ])('fails a copy with %s', async (_what, from, to, reported) => {
    const result = await actionValidator(brokenCopy(from, to));
    expect(result.code).toBe(1);
    expect(result.output).toContain(reported);
  });

  it('fetches, commits only changed listings, builds with the Pages settings, caches the incremental build, deploys', () => {
    const workflow = parse(workflowText) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      concurrency: { group: string };
      jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'write', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency.group).toBeTruthy();

    const steps = workflow.jobs.build.steps;
    const step = (match: (step: Step) => boolean | undefined) => {
      const found = steps.find(match);
      expect(found).toBeDefined();
      return found!;
    };
    expect(step((s) => s.uses?.startsWith('actions/setup-node@')).with).toMatchObject({ 'node-version-file': '.nvmrc' });
    expect(step((s) => s.run?.startsWith('npm ci')).run).toBeTruthy();
    const fetch = step((s) => s.id === 'fetch');
    expect(fetch.run).toContain('FETCH_SUMMARY_FILE="$GITHUB_STEP_SUMMARY" npm run fetch');
    // A failed day (exit 1) does not keep the good days from being committed: "changed" is what git sees.
    expect(fetch.run).toContain('git status --porcelain -- content/listings');
    expect(fetch.run).toMatch(/\[ "\$code" != 1 \]/);
    const commit = step((s) => s.run?.includes('git push'));
    expect(commit.if).toBe("steps.fetch.outputs.changed == 'true'");
    expect(commit.run).toContain('git add content/listings');

    const pagesId = step((s) => s.uses?.startsWith('actions/configure-pages@')).id;
    const cache = step((s) => s.uses?.startsWith('actions/cache@')).with!;
    // One copy of the site: the build makes its staging copy from dist/.
    expect(cache.path.trim().split('\n')).toEqual(['.digest-cache', 'dist']);
    expect(cache.key).toContain("hashFiles('package-lock.json')");
    expect(cache.key).toContain('github.run_id');
    for (const prefix of cache['restore-keys'].trim().split('\n')) expect(cache.key.startsWith(prefix)).toBe(true);
    const build = step((s) => s.run === 'npm run build');
    expect(build.env).toMatchObject({
      SITE_URL: `\${{ steps.${pagesId}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pagesId}.outputs.base_path }}`,
      CACHE_DIR: '.digest-cache',
    });
    expect(step((s) => s.uses?.startsWith('actions/upload-pages-artifact@')).with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.map((s) => s.uses?.split('@')[0])).toContain('actions/deploy-pages');
    // The run fails for a failed day, but only after the deploy, whatever it did.
    const failed = (workflow.jobs as unknown as Record<string, { needs: string[]; if: string; steps: Step[] }>)['failed-days'];
    expect(failed.needs).toEqual(['build', 'deploy']);
    expect(failed.if).toBe("always() && needs.build.outputs.fetch == '1'");
    expect(failed.steps.at(-1)!.run).toContain('exit 1');
  });
});

describe('deploy settings', () => {
  it('pins the Node.js of .nvmrc to the node devDependency that runs everything', () => {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(readFileSync(path.join(projectRoot, '.nvmrc'), 'utf8')).toBe(`${pkg.devDependencies.node}\n`);
  });

  it('has netlify.toml build dist/ with npm run build', () => {
    const toml = readFileSync(path.join(projectRoot, 'netlify.toml'), 'utf8');
    expect(toml).toMatch(/^\[build\]$/m);
    expect(toml).toMatch(/^\s*command = ".*npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
  });
});
