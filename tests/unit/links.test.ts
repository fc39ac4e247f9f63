import { describe, expect, it } from 'vitest';
import { extractLinks, findCodeLink, safeHttpUrl } from '../../src/parse/links.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs, normalised', () => {
    expect(safeHttpUrl(' https://Example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://x.org')).toBe('http://x.org/');
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.org/x', '/relative', 'not a url', '', null, undefined])(
    'refuses %s',
    (value) => {
      expect(safeHttpUrl(value)).toBeUndefined();
    },
  );
});

describe('extractLinks', () => {
  it('finds each http(s) link once, in order, without the sentence around it', () => {
    const text = 'Code at https://github.com/a/b. Data (https://example.org/data) and https://github.com/a/b again.';
    expect(extractLinks(text)).toEqual(['https://github.com/a/b', 'https://example.org/data']);
  });
  it('makes no link of a javascript: or bare-domain text', () => {
    expect(extractLinks('click javascript:alert(1) or example.org or ftp://x.org/file')).toEqual([]);
  });
});

describe('findCodeLink', () => {
  it('picks the first link on a code host', () => {
    expect(findCodeLink(['https://example.org/', 'https://www.github.com/x/y', 'https://gitlab.com/z'])).toBe('https://www.github.com/x/y');
    expect(findCodeLink(['https://example.org/'])).toBeUndefined();
  });
});
