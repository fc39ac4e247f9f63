import { describe, expect, it } from 'vitest';
import { relatedPapers, termCounts, type RelatedInput } from '../../src/collect/related.ts';
import { words } from '../../src/collect/words.ts';

const paper = (id: string, firstDay: string, title: string, abstract = ''): RelatedInput => ({ id, firstDay, terms: termCounts(words(title), words(abstract)) });

// Unrelated papers on each day, as a real day has: a word's weight falls with the share of papers that have it.
const fillers = ['2025-01-01', '2025-01-02', '2025-01-03'].flatMap((day, d) =>
  ['protein folding kinetics', 'music generation rhythm', 'database query planning', 'robot grasping policies'].map((subject, i) =>
    paper(`filler-${d}-${i}`, day, `${subject} study ${d}`, `About ${subject}.`),
  ),
);

const archive = [
  ...fillers,
  paper('pruning-a', '2025-01-01', 'Structured pruning of transformers', 'We prune attention heads in transformers with structured sparsity.'),
  paper('pruning-b', '2025-01-01', 'Pruning attention heads', 'Attention heads are pruned with structured sparsity for transformers.'),
  paper('weather-a', '2025-01-02', 'Weather forecasting with graphs', 'Graph networks forecast weather and climate on the sphere.'),
  paper('weather-b', '2025-01-02', 'Climate forecasting with graph networks', 'Forecasting weather with graph networks over the sphere.'),
  paper('pruning-c', '2025-01-03', 'Sparse transformers by head pruning', 'Structured sparsity prunes attention heads of transformers.'),
  paper('weather-c', '2025-01-03', 'Graph weather models', 'Weather forecasting on the sphere with graph networks and climate data.'),
];

describe('related papers', () => {
  it('ranks papers on the same subject first', () => {
    const { earlier } = relatedPapers(archive, 2);
    expect(earlier.get('pruning-c')).toEqual(expect.arrayContaining(['pruning-a', 'pruning-b']));
    expect(earlier.get('weather-c')).toEqual(expect.arrayContaining(['weather-a', 'weather-b']));
    expect(earlier.get('weather-c')).not.toContain('pruning-a');
  });

  it('compares a paper only with papers listed up to its first day', () => {
    const { earlier } = relatedPapers(archive, 5);
    expect(earlier.get('pruning-a')?.[0]).toBe('pruning-b'); // same day: known
    expect(earlier.get('pruning-a')).not.toContain('pruning-c'); // a later day: not known yet
  });

  it('leaves every older list alone when a day is added', () => {
    const before = relatedPapers(archive.filter((paper) => paper.firstDay < '2025-01-03'), 3).earlier;
    const after = relatedPapers(archive, 3).earlier;
    for (const [id, list] of before) expect(after.get(id)).toEqual(list);
  });

  it('tells older papers which newer papers chose them', () => {
    const { earlier, later } = relatedPapers(archive, 2, 3);
    expect(later.get('pruning-a')).toContain('pruning-c');
    for (const [id, chosen] of later) for (const newer of chosen) expect(earlier.get(newer)).toContain(id);
  });

  it('does not depend on the order papers are given in', () => {
    expect(relatedPapers(archive.toReversed(), 3)).toEqual(relatedPapers(archive, 3));
  });

  it('relates nothing through words every paper has or no other paper has', () => {
    const lonely = [paper('x', '2025-01-01', 'Alpha', 'common words'), paper('y', '2025-01-01', 'Beta', 'common words'), paper('z', '2025-01-01', 'Gamma', 'common words')];
    expect(relatedPapers(lonely, 3).earlier.get('x')).toEqual([]);
  });
});
