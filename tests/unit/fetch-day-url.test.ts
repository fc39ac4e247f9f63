import { describe, expect, it } from 'vitest';
import { dayPageUrl, hasNextPage } from '../../src/fetch/day-url.ts';

describe('the URL of a page of a day', () => {
  it('asks for the day, the page size and the page', () => {
    expect(dayPageUrl('https://huggingface.co', '2025-12-09', 0, 100).href).toBe('https://huggingface.co/api/daily_papers?date=2025-12-09&limit=100&p=0');
  });

  it('keeps a base path, with or without a final slash', () => {
    expect(dayPageUrl('http://127.0.0.1:8080/mirror', '2025-12-09', 2, 50).href).toBe('http://127.0.0.1:8080/mirror/api/daily_papers?date=2025-12-09&limit=50&p=2');
    expect(dayPageUrl('http://127.0.0.1:8080/mirror/', '2025-12-09', 1, 50).pathname).toBe('/mirror/api/daily_papers');
  });
});

describe('whether another page follows', () => {
  it('follows full pages that brought new papers, and stops otherwise', () => {
    expect(hasNextPage(100, 100, 100)).toBe(true);
    expect(hasNextPage(99, 100, 99)).toBe(false);
    expect(hasNextPage(0, 100, 0)).toBe(false);
    // An API that ignores `p` repeats the first page: nothing new, stop.
    expect(hasNextPage(100, 100, 0)).toBe(false);
    // An API that ignores `limit` answers more than asked: more may follow only if something was new.
    expect(hasNextPage(150, 100, 150)).toBe(true);
  });
});
