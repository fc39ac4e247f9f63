import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { createTopicMatcher, type Topic } from '../../src/collect/topics.ts';
import { stem, tokenize } from '../../src/collect/words.ts';
import { parsePageText } from '../../src/parse/page-text.ts';
import { parseTaxonomy } from '../../src/parse/taxonomy-file.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const TAXONOMY_FILE = 'content/topics.yaml';
const LISTING_FILE = 'tests/fixtures/listings/2025-12-09.txt';

function topic(slug: string, match: string[], exclude: string[] = [], extra: Partial<Topic> = {}): Topic {
  return { slug, name: slug, description: `The ${slug} topic.`, match, exclude, ...extra };
}

/** Whether a single topic with these patterns claims the text. */
function claims(match: string[], text: string, exclude: string[] = []): boolean {
  const result = createTopicMatcher([topic('t', match, exclude)]).match(text);
  expect(result.length).toBeLessThanOrEqual(1);
  return result.length === 1;
}

describe('topic matching rules', () => {
  it('matches whole words only, in any case, with plurals folded', () => {
    expect(claims(['tree'], 'We grow a tree of thoughts.')).toBe(true);
    expect(claims(['tree'], 'Trees are everywhere')).toBe(true);
    expect(claims(['tree'], 'TREE')).toBe(true);
    expect(claims(['tree'], '(tree)-structured')).toBe(true);
    expect(claims(['tree'], 'tree-search')).toBe(true);
    expect(claims(['tree'], 'a house on the street')).toBe(false);
    expect(claims(['tree'], 'a view from the treetop')).toBe(false);
    expect(claims(['tree'], 'every subtree')).toBe(false);
    expect(claims(['Tree'], 'a tree')).toBe(true);
  });

  it('matches a phrase only as consecutive words in that order', () => {
    expect(claims(['tree search'], 'ETS: Efficient Tree Search for Inference-Time Scaling')).toBe(true);
    expect(claims(['tree search'], 'a tree-search-based solver')).toBe(true);
    expect(claims(['tree search'], 'TREE   SEARCH')).toBe(true);
    expect(claims(['tree search'], 'passive tree searches')).toBe(true);
    expect(claims(['Tree Search'], 'guided tree search')).toBe(true);
    expect(claims(['tree search'], 'we build a search tree')).toBe(false);
    expect(claims(['tree search'], 'a tree based search')).toBe(false);
    expect(claims(['tree search'], 'a tree')).toBe(false);
    expect(claims(['tree search'], 'search')).toBe(false);
    // Every word of a phrase is whole: neither the first nor the last may be part of a longer word.
    expect(claims(['tree search'], 'tree research')).toBe(false);
    expect(claims(['tree search'], 'a tree searcher')).toBe(false);
    expect(claims(['tree search'], 'street search')).toBe(false);
    // A phrase at the very end of the text is still found.
    expect(claims(['monte carlo tree search'], 'we use Monte-Carlo tree search')).toBe(true);
    expect(claims(['monte carlo tree search'], 'we use Monte-Carlo tree')).toBe(false);
  });

  it('folds simple plurals in both the pattern and the text', () => {
    expect(claims(['heuristic'], 'LLM-discovered heuristics')).toBe(true);
    expect(claims(['heuristics'], 'a greedy heuristic')).toBe(true);
    expect(claims(['strategy'], 'divide-and-conquer strategies')).toBe(true);
    expect(claims(['strategies'], 'a pruning strategy')).toBe(true);
    expect(claims(['search'], 'passive searches')).toBe(true);
    expect(claims(['process'], 'two processes')).toBe(true);
    expect(claims(['box'], 'bounding boxes')).toBe(true);
    expect(claims(['LLM'], 'LLMs reason')).toBe(true);
    // Words that merely end in s are not singulars of something else.
    expect(claims(['analysis'], 'a careful analysis')).toBe(true);
    expect(claims(['status'], 'the status quo')).toBe(true);
    expect(claims(['statu'], 'the status quo')).toBe(false);
    // Porter2 stems these alike, but a derived word is not an inflection of the pattern.
    expect(claims(['heuristic'], 'heuristically')).toBe(false);
    expect(claims(['positional encoding'], 'positive encoding')).toBe(false);
    expect(claims(['optimizer'], 'optimization')).toBe(false);
  });

  it('treats a trailing * as a prefix wildcard', () => {
    expect(claims(['prun*'], 'Network pruning')).toBe(true);
    expect(claims(['prun*'], 'the pruned model')).toBe(true);
    expect(claims(['prun*'], 'Prune it')).toBe(true);
    expect(claims(['prun*'], 'it prunes')).toBe(true);
    expect(claims(['prun*'], 'unpruned weights')).toBe(false);
    expect(claims(['prun*'], 'a spruce forest')).toBe(false);
    expect(claims(['prun*'], 'pru')).toBe(false);
    // Without the star the pattern is an ordinary word.
    expect(claims(['prun'], 'Network pruning')).toBe(false);
    // In a phrase, only the last word is a prefix; the words before it must match whole.
    expect(claims(['structured prun*'], 'structured pruning of experts')).toBe(true);
    expect(claims(['structured prun*'], 'unstructured pruning')).toBe(false);
    expect(claims(['structured prun*'], 'structured sparse pruning')).toBe(false);
  });

  it('drops a paper from a topic when an exclude pattern occurs, anywhere in the text', () => {
    const exclude = ['decision tree'];
    expect(claims(['tree'], 'a search tree', exclude)).toBe(true);
    expect(claims(['tree'], 'a decision tree', exclude)).toBe(false);
    expect(claims(['tree'], 'a search tree and, later, two decision trees', exclude)).toBe(false);
    expect(claims(['tree'], 'Decision-Tree induction over a search tree', exclude)).toBe(false);
    // "decision" alone is not the excluded phrase.
    expect(claims(['tree'], 'a decision about a tree', exclude)).toBe(true);
  });

  it('applies an exclusion only to its own topic', () => {
    const matcher = createTopicMatcher([topic('search-trees', ['tree'], ['decision tree']), topic('any-tree', ['tree'])]);
    expect(matcher.match('a decision tree')).toEqual(['any-tree']);
    expect(matcher.match('a search tree')).toEqual(['search-trees', 'any-tree']);
  });

  it('returns each matching topic once, strongest first, ties in taxonomy order', () => {
    const matcher = createTopicMatcher([
      topic('zeta', ['pruning']),
      topic('alpha', ['tree search']),
      topic('mu', ['quantization']),
      topic('beta', ['bongard']),
    ]);
    // Two phrase hits (2 words each) outweigh two single-word hits.
    expect(matcher.match('Tree search, then pruning, then tree search and pruning again.')).toEqual(['alpha', 'zeta']);
    expect(matcher.match('Pruning, pruning, pruning and tree search.')).toEqual(['zeta', 'alpha']);
    expect(matcher.match('Bongard problems and quantization')).toEqual(['mu', 'beta']);
    expect(matcher.match('nothing relevant here')).toEqual([]);
    expect(matcher.match('')).toEqual([]);
  });
});

describe('a paper matched by title and abstract', () => {
  // A minimum of 1: these tests are about where a phrase may match, not about how much evidence a topic needs.
  const low = { min_score: 1 };
  const matcher = createTopicMatcher([topic('tree-search', ['tree search'], [], low), topic('pruning', ['prun*'], [], low), topic('graphs', ['graph'], [], low)]);
  const paper = (title: string, abstract: string) => matcher.matchPaper(tokenize(title), tokenize(abstract));

  it('never matches a phrase across the end of the title and the start of the abstract', () => {
    expect(paper('Growing a Decision Tree', 'Search engines rank pages.')).toEqual([]);
    expect(paper('Growing a Decision Tree Search', 'Engines rank pages.')).toEqual(['tree-search']);
    expect(paper('A solver', 'We use tree search.')).toEqual(['tree-search']);
  });

  it('ranks a title hit above several abstract hits', () => {
    expect(paper('Graph pruning', 'A graph, a graph, a graph.')).toEqual(['graphs', 'pruning']);
    expect(paper('Pruning at scale', 'A graph and another graph.')).toEqual(['pruning', 'graphs']);
  });

  it('applies an exclusion found in either part', () => {
    const excluding = createTopicMatcher([topic('t', ['tree'], ['decision tree'], low)]);
    expect(excluding.matchPaper(tokenize('Decision trees'), tokenize('A tree.'))).toEqual([]);
    expect(excluding.matchPaper(tokenize('A tree'), tokenize('Not a decision tree.'))).toEqual([]);
  });
});

describe('how much a paper must say to join a topic', () => {
  const score = (topics: Topic[], title: string, abstract: string) => createTopicMatcher(topics).scorePaper(tokenize(title), tokenize(abstract));
  const joins = (topics: Topic[], title: string, abstract: string) => createTopicMatcher(topics).matchPaper(tokenize(title), tokenize(abstract));
  const agents = topic('agents', ['agent', 'tool use']);

  it('scores 1 per word and 2 per phrase in the abstract, three times that in the title', () => {
    expect(score([agents], 'A study', 'An agent.')).toEqual(new Map([['agents', 1]]));
    expect(score([agents], 'A study', 'Tool use.')).toEqual(new Map([['agents', 2]]));
    expect(score([agents], 'An agent', 'Tool use and an agent.')).toEqual(new Map([['agents', 3 + 2 + 1]]));
    // A long phrase counts as much as a short one: length is evidence of meaning, not of importance.
    expect(score([topic('t', ['monte carlo tree search'])], 'A study', 'Monte Carlo tree search.')).toEqual(new Map([['t', 2]]));
  });

  it('counts each repeat of a term in a part 0.7 of the one before, and inflections as one term', () => {
    expect(score([agents], 'A study', 'An agent and another agent.')).toEqual(new Map([['agents', 1 + 0.7]]));
    expect(score([topic('t', ['LLM', 'LLMs'])], 'A study', 'One LLM, then two LLMs, then an LLM.')).toEqual(new Map([['t', 1 + 0.7 + 0.49]]));
    // Title and abstract count their repeats apart; different terms of a topic do not weaken each other.
    expect(score([agents], 'An agent', 'An agent uses tool use.')).toEqual(new Map([['agents', 3 + 1 + 2]]));
  });

  it('does not let one passing word in the abstract decide', () => {
    const abstract = 'We propose a speech recogniser. Unlike an agent, it listens; results on audio benchmarks are strong.';
    expect(joins([agents], 'Listening better', abstract)).toEqual([]);
    // Repeated, a word says more, but each repeat less than the one before: alone it never decides...
    expect(joins([agents], 'Acting better', 'An agent plans. The agent acts. Each agent learns; agents cooperate.')).toEqual([]);
    // ...while a second term of the topic does.
    expect(joins([agents], 'Acting better', 'An agent plans. The agent acts. Each agent learns tool use.')).toEqual(['agents']);
    // A title word counts once the abstract confirms it.
    expect(joins([agents], 'The Data Agent', 'It writes reports.')).toEqual([]);
    expect(joins([agents], 'The Data Agent', 'The agent writes reports.')).toEqual(['agents']);
  });

  it('lets a topic ask for more or less than the default minimum', () => {
    const strict = topic('strict', ['agent'], [], { min_score: 5 });
    const lenient = topic('lenient', ['agent'], [], { min_score: 1 });
    expect(joins([strict, lenient], 'A study', 'One agent.')).toEqual(['lenient']);
    expect(joins([strict, lenient], 'Agent agent', 'Done.')).toEqual(['strict', 'lenient']);
  });

  it('counts overlapping phrases of one topic once, as the longest found at its start', () => {
    const preferences = topic('p', ['direct preference', 'preference optimization', 'DPO']);
    expect(score([preferences], 'A study', 'Direct preference optimization (DPO).')).toEqual(new Map([['p', 2 + 1]]));
    // Each topic reads the text for itself: another topic's phrase does not hide this one's.
    const optimisation = topic('o', ['optimization']);
    expect(score([preferences, optimisation], 'A study', 'Direct preference optimization.')).toEqual(new Map([['p', 2], ['o', 1]]));
  });

  it('does not count a hit that starts inside an ignored phrase, for that topic only', () => {
    const llm = topic('llm', ['language model'], [], { ignore: ['vision-language model'], min_score: 1 });
    const any = topic('any', ['language model'], [], { min_score: 1 });
    expect(joins([llm, any], 'A study', 'A vision-language model.')).toEqual(['any']);
    expect(joins([llm, any], 'A study', 'A vision-language model and a language model.')).toEqual(['any', 'llm']);
    // Ignoring is not excluding: the paper still joins when the topic's words occur elsewhere.
    expect(score([llm], 'A study', 'Vision-language models and language models.')).toEqual(new Map([['llm', 2]]));
  });

  it('matches a leading * as a word ending', () => {
    const benches = topic('b', ['*bench'], [], { min_score: 1 });
    expect(joins([benches], 'LVOmniBench: long videos', 'x')).toEqual(['b']);
    expect(joins([benches], 'M3-Bench', 'x')).toEqual(['b']);
    expect(joins([benches], 'A bench test', 'x')).toEqual(['b']);
    expect(joins([benches], 'Benchmarks', 'x')).toEqual([]);
    expect(joins([benches], 'Workbenches', 'x')).toEqual([]);
  });
});

describe('the stemmer', () => {
  it('keeps "news" apart from "new"', () => {
    expect(stem('news')).not.toBe(stem('new'));
    expect(claims(['new dataset'], 'a news dataset')).toBe(false);
    expect(claims(['new dataset'], 'a new dataset')).toBe(true);
  });

  it('folds "lens" and "lenses", and acronym plurals', () => {
    expect(stem('lenses')).toBe(stem('lens'));
    expect(claims(['lens'], 'through several lenses')).toBe(true);
    expect(claims(['lenses'], 'a lens')).toBe(true);
    expect(stem('llms')).toBe('llm');
    expect(stem('gnns')).toBe('gnn');
  });

  it('keeps singulars ending in s whole', () => {
    for (const word of ['status', 'bias', 'analysis', 'process']) expect(claims([word], `the ${word}`), word).toBe(true);
    expect(stem('biases')).toBe(stem('bias'));
  });
});

describe('the shipped taxonomy', () => {
  const { topics, problems } = parseTaxonomy(read(TAXONOMY_FILE), TAXONOMY_FILE);

  it('parses without problems', () => {
    expect(problems).toEqual([]);
  });

  it('has 20 to 40 topics with unique, lowercase-hyphenated slugs', () => {
    expect(topics.length).toBeGreaterThanOrEqual(20);
    expect(topics.length).toBeLessThanOrEqual(40);
    const slugs = topics.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    // Slugs are page addresses: these two predate the full taxonomy and must stay.
    expect(slugs).toContain('pruning-and-compression');
    expect(slugs).toContain('tree-search-and-planning');
  });

  it('gives every topic a one-line description and distinct name', () => {
    for (const t of topics) expect(t.description, t.slug).not.toMatch(/\n/);
    const names = topics.map((t) => t.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('uses * only as a trailing wildcard or to start a single word', () => {
    // "A* search" would silently become the phrase "a search".
    for (const t of topics) {
      for (const pattern of [...t.match, ...t.exclude, ...(t.ignore ?? [])]) {
        expect(pattern.replace(/\*$/, '').replace(/^\*(?=[\p{L}\p{N}]+$)/u, ''), `${t.slug}: ${pattern}`).not.toContain('*');
      }
    }
  });

  it('avoids words so common that they would put every paper everywhere', () => {
    const generic = ['model', 'learning', 'network', 'neural network', 'deep learning', 'machine learning', 'data', 'dataset', 'method', 'algorithm', 'benchmark', 'task', 'performance', 'tree', 'graph', 'search', 'reasoning', 'optimization', 'robust', 'efficient', 'training'];
    // A pattern is generic when it and a generic phrase match each other (the same words up to plurals).
    // The exception is the word that names a topic: a benchmark paper says "benchmark" in its title or again and
    // again, and the score (not one mention) decides; the topic-quality test measures what that costs.
    // Repeats weigh less and less, so such a word alone never places a paper unless the title says it.
    const naming: Record<string, string[]> = { 'benchmarks-and-datasets': ['benchmark', 'dataset'], 'efficient-inference': ['efficient'] };
    for (const t of topics) {
      for (const pattern of t.match.filter((p) => !naming[t.slug]?.includes(p))) expect(generic.some((phrase) => claims([pattern], phrase) && claims([phrase], pattern)), `${t.slug}: ${pattern}`).toBe(false);
    }
  });
});

describe('topics of the 2025-12-09 listing', () => {
  const { topics } = parseTaxonomy(read(TAXONOMY_FILE), TAXONOMY_FILE);
  const matcher = createTopicMatcher(topics);
  const listing = parsePageText(read(LISTING_FILE), LISTING_FILE, '2025-12-09');
  const assigned = listing.entries.map((entry) => ({ title: entry.title, topics: matcher.matchPaper(tokenize(entry.title), tokenize(entry.abstract)) }));

  function topicsOf(title: string): string[] {
    const found = assigned.filter((paper) => paper.title === title || paper.title.startsWith(title));
    expect(found.map((paper) => paper.title), `exactly one paper titled "${title}"`).toHaveLength(1);
    return found[0].topics;
  }

  it('reads all 44 papers', () => {
    expect(listing.problems).toEqual([]);
    expect(listing.entries).toHaveLength(44);
  });

  it('puts every paper in at least one topic', () => {
    const unplaced = assigned.filter((paper) => paper.topics.length === 0).map((paper) => paper.title);
    expect(unplaced).toEqual([]);
  });

  it('puts papers in the topics a reader would choose', () => {
    const expected: Array<[string, string[]]> = [
      ['Rethinking the Value of Network Pruning', ['pruning-and-compression']],
      ['ETS: Efficient Tree Search for Inference-Time Scaling', ['tree-search-and-planning', 'llm-reasoning', 'efficient-inference']],
      ['Bongard-OpenWorld: Few-Shot Reasoning for Free-form Visual Concepts in the Real World', ['visual-reasoning', 'benchmarks-and-datasets', 'multimodal-models']],
      ['Bongard-RWR+', ['visual-reasoning', 'benchmarks-and-datasets']],
      ['Reasoning Limitations of Multimodal Large Language Models', ['visual-reasoning', 'multimodal-models', 'large-language-models']],
      ['UDC: A Unified Neural Divide-and-Conquer Framework for Large-Scale Combinatorial Optimization Problems', ['combinatorial-optimization']],
      ['Discovering Heuristics with Large Language Models (LLMs) for Mixed-Integer Programs', ['combinatorial-optimization']],
      ['ShinkaEvolve: Towards Open-Ended And Sample-Efficient Program Evolution', ['evolutionary-methods']],
      ['Evolutionary Optimization of Model Merging Recipes', ['evolutionary-methods', 'fine-tuning-and-adaptation']],
      ['An EMO Joint Pruning with Multiple Sub-networks', ['pruning-and-compression', 'evolutionary-methods']],
      ['BeyondBench: Benchmark-Free Evaluation of Reasoning in Language Models', ['benchmarks-and-datasets', 'llm-reasoning']],
      ['Complexity-Based Prompting for Multi-Step Reasoning', ['llm-reasoning']],
      ['Autonomous Tree-search Ability of Large Language Models', ['tree-search-and-planning', 'llm-reasoning']],
      ['Proposing and solving olympiad geometry with guided tree search', ['tree-search-and-planning', 'math-and-theorem-proving']],
      ['Optimizing NOTEARS Objectives via Topological Swaps', ['causal-discovery', 'optimization']],
      ['Efficient Maximum Fair Clique Search over Large Networks', ['graph-algorithms']],
      ['Shortcut Partitions in Minor-Free Graphs', ['graph-algorithms']],
      ['When Does Bottom-up Beat Top-down in Hierarchical Community Detection?', ['graph-algorithms']],
      ['Meta Pruning via Graph Metanetworks', ['pruning-and-compression', 'meta-learning-and-few-shot', 'graph-neural-networks']],
      ['Mycorrhiza: Genotype Assignment usingPhylogenetic Networks', ['ai-for-science']],
      ['OAM-TCD: A globally diverse dataset of high-resolution tree cover maps', ['remote-sensing', 'benchmarks-and-datasets']],
      ['Evaluating the Impact of Source Code Parsers on ML4SE Models', ['code-and-software-engineering']],
      ['Jellyfish: A Large Language Model for Data Preprocessing', ['data-management', 'large-language-models']],
      ['Auto-BI: Automatically Build BI-Models', ['data-management']],
      ['Coverage-centric Coreset Selection for High Pruning Rates', ['data-management']],
      ['Rich Feature Construction for the Optimization-Generalization Dilemma', ['robustness-and-generalization']],
      ['FLoRA: Low-Rank Core Space for N-dimension', ['fine-tuning-and-adaptation']],
      ['STUN: Structured-Then-Unstructured Pruning for Scalable MoE Pruning', ['pruning-and-compression', 'model-architectures']],
      ['Digestion Algorithm in Hierarchical Symbolic Forests', ['natural-language-processing']],
      ['Fat Polygonal Partitions with Applications to Visualization and Embeddings', ['theory-and-algorithms']],
    ];
    for (const [title, slugs] of expected) expect(topicsOf(title), title).toEqual(expect.arrayContaining(slugs));
  });

  it('keeps papers out of topics that only share a word with them', () => {
    const unexpected: Array<[string, string[]]> = [
      // Tree cover of forests and trees in graph theory are not tree search.
      ['OAM-TCD: A globally diverse dataset of high-resolution tree cover maps', ['tree-search-and-planning', 'graph-algorithms']],
      ['Fat Polygonal Partitions with Applications to Visualization and Embeddings', ['tree-search-and-planning']],
      // Pruning branches of an exact search is not pruning a model (the topic excludes it).
      ['Efficient Maximum Fair Clique Search over Large Networks', ['pruning-and-compression']],
      // Compressing a chain of thought is not model compression.
      ['A*-Thought: Efficient Reasoning via Bidirectional Compression', ['pruning-and-compression', 'quantization']],
      // Phylogenetic "evolutionary relationships" are biology, not evolutionary computation.
      ['Mycorrhiza: Genotype Assignment usingPhylogenetic Networks', ['evolutionary-methods']],
      // Visual reasoning papers are not about visual-free language reasoning benchmarks, and vice versa.
      ['Complexity-Based Prompting for Multi-Step Reasoning', ['visual-reasoning', 'multimodal-models']],
      ['Rethinking the Value of Network Pruning', ['llm-reasoning', 'tree-search-and-planning', 'benchmarks-and-datasets']],
    ];
    for (const [title, slugs] of unexpected) {
      for (const slug of slugs) expect(topicsOf(title), `${title} should not be in ${slug}`).not.toContain(slug);
    }
  });

  it('puts every paper about pruning networks in the pruning topic', () => {
    const pruningTitles = assigned.filter((paper) => /\bprun/i.test(paper.title));
    expect(pruningTitles.length).toBeGreaterThanOrEqual(10);
    for (const paper of pruningTitles) expect(paper.topics, paper.title).toContain('pruning-and-compression');
  });

  it('keeps topics selective: no topic holds most papers, and most papers are in 1 to 4 topics', () => {
    const counts = new Map<string, number>();
    for (const paper of assigned) for (const slug of paper.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    for (const [slug, count] of counts) {
      expect(count, slug).toBeLessThan(assigned.length);
      expect(count, slug).toBeLessThanOrEqual(Math.floor(assigned.length * 0.6));
    }
    const focused = assigned.filter((paper) => paper.topics.length >= 1 && paper.topics.length <= 4).length;
    expect(focused / assigned.length).toBeGreaterThanOrEqual(0.7);
    for (const paper of assigned) expect(paper.topics.length, paper.title).toBeLessThanOrEqual(8);
    // The listing spans many subjects, so many topics are used.
    expect(counts.size).toBeGreaterThanOrEqual(20);
  });
});

describe('taxonomy problems', () => {
  it('reports a duplicate slug on the line of the second occurrence', () => {
    const text = [
      '- slug: pruning', // 1
      '  name: Pruning',
      '  description: Removing weights.',
      '  match: [prun*]',
      '- slug: search', // 5
      '  name: Search',
      '  description: Searching trees.',
      '  match: [tree search]',
      '- slug: pruning', // 9
      '  name: Pruning again',
      '  description: Removing weights twice.',
      '  match: [sparsity]',
    ].join('\n');
    const { topics, problems } = parseTaxonomy(text, 'content/topics.yaml');
    expect(topics).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/topics.yaml', line: 9 });
    expect(problems[0].reason).toContain('duplicate topic slug "pruning"');
  });

  it('reports a missing match list on the line where that topic starts', () => {
    const text = [
      '- slug: pruning', // 1
      '  name: Pruning',
      '  description: Removing weights.',
      '  match: [prun*]',
      '',
      '- slug: search', // 6
      '  name: Search',
      '  description: Searching trees.',
    ].join('\n');
    const { topics, problems } = parseTaxonomy(text, 'my-topics.yaml');
    expect(topics).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'my-topics.yaml', line: 6 });
    expect(problems[0].reason).toMatch(/^1\.match: /);
  });

  it('reports a pattern without a word on its own line', () => {
    const text = [
      '- slug: search',
      '  name: Search',
      '  description: Searching trees.',
      '  match:',
      '    - tree search',
      '    - "*"', // 6
    ].join('\n');
    const { problems } = parseTaxonomy(text, 'topics.yaml');
    expect(problems).toEqual([{ file: 'topics.yaml', line: 6, reason: '0.match.1: must contain a word' }]);
  });

  it('reports a bad slug and an empty match list, each on its own line', () => {
    const text = [
      'topics:',
      '  - slug: Tree Search', // 2
      '    name: Tree search',
      '    description: Searching trees.',
      '    match: [tree search]',
      '  - slug: pruning',
      '    name: Pruning',
      '    description: Removing weights.',
      '    match: []', // 9
    ].join('\n');
    const { topics, problems } = parseTaxonomy(text, 'topics.yaml');
    expect(topics).toEqual([]);
    const byLine = problems.map((problem) => [problem.line, problem.reason.split(':')[0]]);
    expect(byLine).toEqual(
      expect.arrayContaining([
        [2, 'topics.0.slug'],
        [9, 'topics.1.match'],
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('reports a YAML syntax error with its line', () => {
    const text = ['- slug: search', '  name: Search', '  description: Searching trees.', '  match: [tree search', '- slug: pruning'].join('\n');
    const { topics, problems } = parseTaxonomy(text, 'topics.yaml');
    expect(topics).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].file).toBe('topics.yaml');
    expect(problems[0].line).toBeGreaterThanOrEqual(4);
  });

  it('accepts the same taxonomy as a list or under a topics key', () => {
    const item = ['  slug: search', '  name: Search', '  description: Searching trees.', '  match: [tree search]'];
    const asList = parseTaxonomy(['-' + item[0].slice(1), ...item.slice(1)].join('\n'), 'a.yaml');
    const asKey = parseTaxonomy(['topics:', '  -' + item[0].slice(1), ...item.slice(1).map((line) => `  ${line}`)].join('\n'), 'b.yaml');
    expect(asList.problems).toEqual([]);
    expect(asKey.problems).toEqual([]);
    expect(asList.topics).toEqual([{ slug: 'search', name: 'Search', description: 'Searching trees.', match: ['tree search'], exclude: [] }]);
    expect(asKey.topics).toEqual(asList.topics);
  });
});

describe('plural folding and wildcards on irregular words', () => {
  it('folds -ches, -ies and -es plurals to the singular', () => {
    expect(claims(['cache'], 'We compress KV caches.')).toBe(true);
    expect(claims(['kv caches'], 'a KV cache for long contexts')).toBe(true);
    expect(claims(['strategy'], 'Two search strategies.')).toBe(true);
    expect(claims(['bias'], 'inductive biases of transformers')).toBe(true);
    expect(claims(['bias'], 'a strong inductive bias')).toBe(true);
  });

  it('matches a wildcard against the word as written', () => {
    expect(claims(['strategies*'], 'Two search strategies.')).toBe(true);
  });

  it('rejects a "*" inside a pattern, which would silently match almost anything', () => {
    const { problems } = parseTaxonomy('- slug: a\n  name: A\n  description: A.\n  match: ["A* search"]\n', 'bad.yaml');
    expect(problems).toEqual([{ file: 'bad.yaml', line: 4, reason: expect.stringContaining('may only end a pattern') }]);
    // A leading "*" starts a single word only.
    expect(parseTaxonomy('- slug: a\n  name: A\n  description: A.\n  match: ["*big bench"]\n', 'bad.yaml').problems).toHaveLength(1);
  });

  it('names the line of an unquoted leading "*", which YAML reads as an alias', () => {
    const { topics, problems } = parseTaxonomy('- slug: a\n  name: A\n  description: A.\n  match:\n    - *bench\n', 'bad.yaml');
    expect(topics).toEqual([]);
    expect(problems).toEqual([{ file: 'bad.yaml', line: 5, reason: expect.stringContaining("quote the pattern ('*bench')") }]);
  });

  it('reports a minimum score that is not a positive number on its line', () => {
    const { problems } = parseTaxonomy('- slug: a\n  name: A\n  description: A.\n  min_score: 0\n  match: [x]\n', 'bad.yaml');
    expect(problems).toEqual([{ file: 'bad.yaml', line: 4, reason: expect.stringContaining('min_score') }]);
  });
});
