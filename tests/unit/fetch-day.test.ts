import { describe, expect, it } from 'vitest';
import { fetchDay, MAX_PAGES } from '../../src/fetch/fetch-day.ts';
import { FetchFailure } from '../../src/fetch/get-json-array.ts';

const paper = (id: string) => ({ paper: { id } });

/** A stand-in for one GET: answers from a list of pages by `p`, and records the pages asked for. */
function pages(...answers: unknown[][]) {
  const asked: number[] = [];
  const get = async (url: URL) => {
    const page = Number(url.searchParams.get('p'));
    asked.push(page);
    return answers[page] ?? [];
  };
  return { get, asked };
}

describe('fetching every page of a day', () => {
  it('stops at the first page shorter than the page size', async () => {
    const api = pages([paper('1'), paper('2')], [paper('3')]);
    expect(await fetchDay('2025-12-09', 'http://api', 2, api.get)).toEqual({ items: [paper('1'), paper('2'), paper('3')], pages: 2, duplicates: [] });
    expect(api.asked).toEqual([0, 1]);
  });

  it('asks once more after a full last page, and gets an empty one', async () => {
    const api = pages([paper('1'), paper('2')]);
    expect((await fetchDay('2025-12-09', 'http://api', 2, api.get)).pages).toBe(2);
  });

  it('keeps a paper that moved between pages once, where it first appeared', async () => {
    const api = pages([paper('1'), paper('2')], [paper('2'), paper('3')], []);
    expect((await fetchDay('2025-12-09', 'http://api', 2, api.get)).items).toEqual([paper('1'), paper('2'), paper('3')]);
  });

  it('stops when an API that ignores the page number repeats itself', async () => {
    const same = [paper('1'), paper('2')];
    const api = { get: async () => same };
    expect(await fetchDay('2025-12-09', 'http://api', 2, api.get)).toEqual({ items: same, pages: 2, duplicates: [] });
  });

  it('gives up after too many full pages', async () => {
    let next = 0;
    const endless = async () => [paper(String(next++)), paper(String(next++))];
    await expect(fetchDay('2025-12-09', 'http://api', 2, endless)).rejects.toThrow(`more than ${MAX_PAGES} full pages`);
  });

  it("merges a paper listed twice on one page by the build's rules, and says so", async () => {
    const api = pages([
      { paper: { id: '1', title: 'Old title', upvotes: 50 }, numComments: 1 },
      paper('2'),
      { paper: { id: '1', title: 'New title', upvotes: 0 }, numComments: 4 },
    ]);
    const day = await fetchDay('2025-12-09', 'http://api', 100, api.get);
    expect(day.items).toEqual([{ paper: { id: '1', title: 'New title', upvotes: 50 }, numComments: 4 }, paper('2')]);
    expect(day.duplicates).toEqual(['paper 1 is listed twice (items 1 and 3): merged into one, with the higher upvote count']);
  });

  it('merges a paper that moved between pages without a warning, keeping the higher count', async () => {
    const api = pages([{ paper: { id: '1', upvotes: 3 } }, paper('2')], [{ paper: { id: '1', upvotes: 7 } }, paper('3')], []);
    const day = await fetchDay('2025-12-09', 'http://api', 2, api.get);
    expect(day.items).toEqual([{ paper: { id: '1', upvotes: 7 } }, paper('2'), paper('3')]);
    expect(day.duplicates).toEqual([]);
  });

  it('names the page that failed', async () => {
    const failing = async () => {
      throw new FetchFailure('HTTP 503 Service Unavailable after 5 tries');
    };
    await expect(fetchDay('2025-12-09', 'http://api', 2, failing)).rejects.toThrow(
      'HTTP 503 Service Unavailable after 5 tries (GET http://api/api/daily_papers?date=2025-12-09&limit=2&p=0)',
    );
  });
});
