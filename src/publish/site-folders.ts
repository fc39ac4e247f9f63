/**
 * The folders of a built site: the empty ones (a page folder whose files went, a bundle folder the search
 * index emptied) are pruned before publishing, and a page folder without its `index.html` stops the
 * publishing. A clean build has neither, so the published site must not either.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fdir } from 'fdir';

/** Folders of assets, not pages: they hold no index.html. */
const ASSET_FOLDERS = /^(?:_astro|pagefind|pagefind-archive)(?:\/|$)/;

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

/** Page folders (outside the asset folders, with no folder inside) that lack their index.html. */
export function pageFoldersWithoutIndex({ folders, files }: SiteTree): string[] {
  const fileSet = new Set(files);
  const parents = new Set<string>();
  for (const folder of folders) parents.add(folder.slice(0, folder.slice(0, -1).lastIndexOf('/') + 1));
  return folders.filter((folder) => !ASSET_FOLDERS.test(folder) && !parents.has(folder) && !fileSet.has(`${folder}index.html`));
}

/** Removes the empty folders under `root`; returns how many (outermost) were removed. */
export async function pruneEmptyFolders(root: string, tree?: SiteTree): Promise<{ removed: string[]; tree: SiteTree }> {
  const read = tree ?? (await readSiteTree(root));
  const removed = emptyFolders(read);
  for (const folder of removed) await rm(path.join(root, folder), { recursive: true, force: true });
  const gone = (entry: string) => removed.some((folder) => entry.startsWith(folder));
  return { removed, tree: { folders: read.folders.filter((folder) => !gone(folder)), files: read.files } };
}
