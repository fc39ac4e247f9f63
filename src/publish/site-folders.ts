/**
 * The folders of a built site: the empty ones (a page folder whose files went, a bundle folder the search
 * index emptied) are pruned before publishing, and a page folder without its `index.html` stops the
 * publishing. A clean build has neither, so the published site must not either.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fdir } from 'fdir';

/** Folders that are one page each (see the README's table of URLs): each must hold its index.html. */
const PAGE_FOLDER = /^(?:(?:days|papers|weeks|months|topics)\/[^/]+|topics\/[^/]+\/[^/]+)\/$/;

export interface SiteTree {
  /** Folders, relative, with a trailing slash; the root is not among them. */
  folders: string[];
  /** Files, relative. */
  files: string[];
}

export async function readSiteTree(root: string): Promise<SiteTree> {
  const entries = await new fdir().withRelativePaths().withDirs().crawl(root).withPromise();
  const folders: string[] = [];
  const files: string[] = [];
  for (const entry of entries) {
    const relative = entry.split(path.sep).join('/');
    if (relative === '' || relative === './' || relative === '.') continue;
    if (relative.endsWith('/')) folders.push(relative);
    else files.push(relative);
  }
  return { folders: folders.sort(), files: files.sort() };
}

/** The outermost folders holding no file at any depth. */
export function emptyFolders({ folders, files }: SiteTree): string[] {
  const full = new Set<string>();
  for (const file of files) for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) full.add(file.slice(0, at + 1));
  const empty = folders.filter((folder) => !full.has(folder));
  return empty.filter((folder) => !empty.some((other) => other !== folder && folder.startsWith(other)));
}

/** Page folders (a day, a paper, a week, a month, a topic or a topic's month) that lack their index.html. */
export function pageFoldersWithoutIndex({ folders, files }: SiteTree): string[] {
  const fileSet = new Set(files);
  return folders.filter((folder) => PAGE_FOLDER.test(folder) && !fileSet.has(`${folder}index.html`));
}

/** Removes the empty folders under `root`; returns how many (outermost) were removed. */
export async function pruneEmptyFolders(root: string, tree?: SiteTree): Promise<{ removed: string[]; tree: SiteTree }> {
  const read = tree ?? (await readSiteTree(root));
  const removed = emptyFolders(read);
  for (const folder of removed) await rm(path.join(root, folder), { recursive: true, force: true });
  const gone = (entry: string) => removed.some((folder) => entry.startsWith(folder));
  return { removed, tree: { folders: read.folders.filter((folder) => !gone(folder)), files: read.files } };
}
