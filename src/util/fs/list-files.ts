/**
 * Every file under a folder, as sorted paths relative to it with forward slashes; none when it does not
 * exist. fdir walks a 60,000-file site in a fifth of the time of Node's recursive readdir, and a build walks
 * the site several times.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fdir } from 'fdir';

export async function listFiles(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const files = await new fdir().withRelativePaths().crawl(root).withPromise();
  return files.map((file) => file.split(path.sep).join('/')).sort();
}
