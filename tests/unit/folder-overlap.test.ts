import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOverlapProblems } from '../../src/publish/folder-overlap.ts';

const root = path.resolve('/project');
const at = (relative: string) => path.join(root, relative);
const show = (folder: string) => path.relative(root, folder) || '.';
const problems = (dist: string, cacheDir: string, listingsDir: string) => folderOverlapProblems({ dist: at(dist), cacheDir: at(cacheDir), listingsDir: at(listingsDir) }, show);

describe('the folders a build writes and the listings folder', () => {
  it('are fine apart, also when their names share a beginning', () => {
    expect(problems('dist', '.digest-cache', 'content/listings')).toEqual([]);
    expect(problems('listings-site', 'listings-cache', 'listings')).toEqual([]);
    expect(problems('content/site', '.digest-cache', 'content/listings')).toEqual([]);
  });

  it('name a site or a cache inside the listings folder', () => {
    expect(problems('dist', '.digest-cache', '.')).toEqual([
      expect.stringMatching(/^DIST_DIR puts the site \(dist\/\) inside LISTINGS_DIR \(\.\): the next build would read its files as listings/),
      expect.stringMatching(/^DIST_DIR puts the site's staging copy \(dist\.staging\/\) inside LISTINGS_DIR/),
      expect.stringMatching(/^DIST_DIR puts the site's previous copy \(dist\.previous\/\)/),
      expect.stringMatching(/^DIST_DIR puts the site's incoming copy \(dist\.incoming\/\)/),
      expect.stringMatching(/^CACHE_DIR puts the build cache \(\.digest-cache\/\) inside LISTINGS_DIR \(\.\).*e\.g\. LISTINGS_DIR=content\/listings$/),
    ]);
    expect(problems('content/listings/site', '.digest-cache', 'content/listings')).toHaveLength(4);
  });

  it('name listings inside the site or the cache, which a build would move away or remove', () => {
    expect(problems('public-site', '.digest-cache', 'public-site/listings')).toEqual([
      expect.stringMatching(/^LISTINGS_DIR \(public-site\/listings\) is inside the site \(public-site\/, from DIST_DIR\): the build replaces that folder and would lose the listings/),
    ]);
    expect(problems('dist', '.digest-cache', 'dist.staging')).toEqual([expect.stringMatching(/^LISTINGS_DIR \(dist\.staging\) is inside the site's staging copy/)]);
    expect(problems('dist', 'cache', 'cache/listings')).toEqual([expect.stringMatching(/^LISTINGS_DIR \(cache\/listings\) is inside the build cache \(cache\/, from CACHE_DIR\)/)]);
  });

  it('name a site and a cache nested in either order', () => {
    expect(problems('site', 'site/.cache', 'content/listings')).toEqual([
      expect.stringMatching(/^CACHE_DIR \(site\/\.cache\) is inside the site \(site\/, from DIST_DIR\): the build moves that folder aside and the cache would go with it; keep them side by side/),
    ]);
    expect(problems('.digest-cache/astro/dist', '.digest-cache', 'content/listings')).toEqual([
      expect.stringMatching(/^DIST_DIR puts the site \(\.digest-cache\/astro\/dist\/\) inside CACHE_DIR \(\.digest-cache\): the build removes parts of the cache and could remove the site/),
      expect.stringMatching(/^DIST_DIR puts the site's staging copy/),
      expect.stringMatching(/^DIST_DIR puts the site's previous copy/),
      expect.stringMatching(/^DIST_DIR puts the site's incoming copy/),
    ]);
    expect(problems('dist', 'dist-cache', 'content/listings')).toEqual([]);
  });
});
