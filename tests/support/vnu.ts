/**
 * HTML validation with the Nu Html Checker (vnu.jar from the `vnu-jar` package), the checker behind
 * validator.w3.org/nu.
 *
 * Runs `java -jar vnu.jar --format json --errors-only --exit-zero-always --stdout FILE…` directly:
 * one JVM for a whole batch of files (a JVM start costs ~3 s here), instead of the package's
 * `vnu.check()` helper, which may try to download a JDK (vnu-java-downloader.js). Needs Java 17+:
 * `java` on PATH, or $JAVA_HOME/bin/java (Debian: `apt-get install -y openjdk-17-jre-headless`).
 *
 * Pitfall handled here: vnu silently ignores file names that do not exist (no message at all), so a
 * typo would look like a pass. checkHtml refuses missing files instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** Absolute path of vnu.jar: the vnu-jar package exports it (as a String object). */
export const VNU_JAR = String(require('vnu-jar'));

export interface VnuMessage {
  /** The file as passed to checkHtml (or vnu's URL for messages not tied to a given file). */
  file: string;
  /** 1-based line of the problem (vnu's lastLine; firstLine when only that is given), 0 if unknown. */
  line: number;
  /** 1-based column where the problem starts, 0 if unknown. */
  column: number;
  message: string;
  /** 'error' (markup error) or 'non-document-error' (e.g. the file could not be read). */
  type: string;
  /** A short excerpt of the source around the problem. */
  extract?: string;
}

export interface CheckHtmlOptions {
  /** A regular expression (vnu --filterpattern) for messages to drop, e.g. known false positives. */
  filterPattern?: string;
  /** Max. total characters of file arguments per JVM run (command-line length limit). Default 100 000. */
  batchChars?: number;
}

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  if (home && existsSync(path.join(home, 'bin', 'java'))) return path.join(home, 'bin', 'java');
  return 'java';
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(new Error(`cannot run ${command} for vnu (needs Java 17+; Debian: apt-get install -y openjdk-17-jre-headless): ${error.message}`)),
    );
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Splits the file list so no single command line gets too long. */
function batches(files: string[], maxChars: number): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && size + file.length + 1 > maxChars) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.length + 1;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * Validates HTML files and returns their errors (warnings and info messages are left out).
 * An empty array means every file is valid. Batches run one after another (one JVM at a time).
 */
export async function checkHtml(files: string[], options: CheckHtmlOptions = {}): Promise<VnuMessage[]> {
  if (files.length === 0) return [];
  const absolute = new Map<string, string>(); // absolute path → name as given
  for (const file of files) {
    const full = path.resolve(file);
    if (!existsSync(full) || !statSync(full).isFile()) throw new Error(`checkHtml: no such file: ${file}`);
    absolute.set(full, file);
  }
  const java = javaCommand();
  const flags = ['--format', 'json', '--errors-only', '--exit-zero-always', '--stdout'];
  if (options.filterPattern) flags.push('--filterpattern', options.filterPattern);

  const messages: VnuMessage[] = [];
  for (const batch of batches([...absolute.keys()], options.batchChars ?? 100_000)) {
    const { code, stdout, stderr } = await run(java, ['-jar', VNU_JAR, ...flags, ...batch]);
    // With --exit-zero-always a non-zero exit means vnu itself failed (no Java 17, bad option, …).
    if (code !== 0) throw new Error(`vnu exited with ${code}:\n${stderr || stdout}`);
    let parsed: { messages?: RawMessage[] };
    try {
      parsed = JSON.parse(stdout) as { messages?: RawMessage[] };
    } catch {
      throw new Error(`vnu printed no JSON:\n${stdout.slice(0, 2000)}\n${stderr.slice(0, 2000)}`);
    }
    for (const raw of parsed.messages ?? []) {
      // --errors-only already drops warnings/info; keep the filter in case vnu's behaviour changes.
      if (raw.type !== 'error' && raw.type !== 'non-document-error') continue;
      let file = raw.url ?? '';
      if (file.startsWith('file:')) {
        const full = fileURLToPath(file);
        file = absolute.get(full) ?? full;
      }
      messages.push({
        file,
        line: raw.lastLine ?? raw.firstLine ?? 0,
        column: raw.firstColumn ?? 0,
        message: raw.message,
        type: raw.subType ? `${raw.type}/${raw.subType}` : raw.type,
        extract: raw.extract,
      });
    }
  }
  return messages;
}

/** The vnu version string, e.g. '26.9.27 (c6ba02c)'. */
export async function vnuVersion(): Promise<string> {
  const { stdout, stderr } = await run(javaCommand(), ['-jar', VNU_JAR, '--version']);
  return (stdout || stderr).trim();
}

/** One line per message ("file:line:column: message"), for assertion messages. */
export function formatVnuMessages(messages: VnuMessage[]): string {
  return messages.map((m) => `${m.file}:${m.line}:${m.column}: ${m.message}`).join('\n');
}
