import { describe, expect, it } from 'vitest';
import { jsonBody } from '../../src/feeds/data-api.ts';

describe('jsonBody', () => {
  const day = { version: 1, date: '2025-12-09', papers: [{ id: 'a', title: 'A "quoted" title\nwith a break' }, { id: 'b', authors: ['Ada', 'Alan'] }] };

  it('parses back to the same value, fields in the same order', () => {
    const body = jsonBody(day);
    expect(JSON.parse(body)).toEqual(day);
    expect(Object.keys(JSON.parse(body))).toEqual(['version', 'date', 'papers']);
    expect(body.endsWith('}\n')).toBe(true);
  });

  it('puts each item of a list on a line of its own, and nothing else on those lines', () => {
    const lines = jsonBody(day).split('\n');
    expect(lines).toEqual([
      '{"version":1,"date":"2025-12-09","papers":[',
      '{"id":"a","title":"A \\"quoted\\" title\\nwith a break"},',
      '{"id":"b","authors":["Ada","Alan"]}',
      ']}',
      '',
    ]);
  });

  it('leaves out undefined fields, as JSON.stringify does', () => {
    expect(jsonBody({ date: '2025-12-13', note: undefined, papers: [] })).toBe(`${JSON.stringify({ date: '2025-12-13', papers: [] })}\n`);
  });

  it('writes an empty list as []', () => {
    expect(jsonBody({ date: '2025-12-13', papers: [] })).toBe('{"date":"2025-12-13","papers":[]}\n');
  });
});
