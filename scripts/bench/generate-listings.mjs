// Realistic synthetic listings for benchmarks: about 50 papers a day, ML-like titles and ~180-word
// abstracts, a few papers listed again on later days, every fifth day in the API JSON format.
// Deterministic: the same arguments give the same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TERMS = `transformer diffusion pruning quantization distillation reinforcement retrieval graph neural network tree search planning
reasoning benchmark dataset evolutionary agent multimodal vision language speech robotics protein molecule causal contrastive
self-supervised federated privacy robustness adversarial interpretability attention sparse mixture experts tokenizer alignment
preference optimization policy gradient Monte Carlo Bayesian kernel manifold topology scheduling routing combinatorial solver
theorem proof program synthesis code repair compiler database query index embedding recommendation ranking segmentation detection
tracking depth stereo point cloud mesh rendering radiance field video audio music weather climate satellite remote sensing medical
imaging genomics chemistry materials physics simulation control navigation locomotion manipulation curriculum exploration reward`.split(/\s+/);
const TASKS = ['image classification', 'machine translation', 'question answering', 'code generation', 'vehicle routing', 'protein folding', 'weather forecasting', 'molecule design', 'math reasoning', 'object detection', 'speech recognition', 'recommendation', 'graph partitioning', 'theorem proving', 'program repair'];
const METHODS = ['Sparse Attention', 'Tree Search', 'Structured Pruning', 'Low-Rank Adaptation', 'Evolutionary Search', 'Contrastive Learning', 'Graph Neural Networks', 'Diffusion Models', 'Reinforcement Learning', 'Knowledge Distillation', 'Mixture of Experts', 'Bayesian Optimization'];
const ADJECTIVES = ['Scalable', 'Efficient', 'Robust', 'Provable', 'Adaptive', 'Unified', 'Hierarchical', 'Faithful', 'Lightweight', 'Generalizable'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CHROME = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community';

/** mulberry32: a tiny seeded PRNG, so the same seed always generates the same listings. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(start, offset) {
  return new Date(Date.UTC(start[0], start[1] - 1, start[2] + offset)).toISOString().slice(0, 10);
}

/** Writes listing files for about `papers` distinct papers into `dir`; returns { days, entries }. */
/**
 * A day as the Hugging Face page reads when a browser copies it: `papers` hold title, abstract, published
 * (YYYY-MM-DD), upvotes and authors (a count).
 */
export function pageText(date, papers) {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const blocks = papers.map((paper) => {
    const [y, m, d] = paper.published.split('-').map(Number);
    const when = `${MONTHS[m - 1]} ${d}${y === year ? '' : `, ${y}`}${paper.upvotes ? ` ${paper.upvotes}` : ''}`;
    return `${paper.title}\n\n${paper.abstract}\n\n  • ${paper.authors} ${paper.authors === 1 ? 'author' : 'authors'}\n·\n${when}`;
  });
  return [CHROME, `${MONTHS[month - 1]} ${dayOfMonth}`, ...blocks].join('\n\n');
}

export function generateListings({ papers, dir, seed = 1, perDay = 50, jsonEvery = 5 }) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const made = [];
  let entries = 0;
  const days = Math.ceil(papers / (perDay * 0.9));
  for (let day = 0; day < days && made.length < papers; day++) {
    const date = isoDay([2020, 1, 1], day);
    const list = [];
    for (let slot = 0; slot < perDay; slot++) {
      // About one in ten entries is a paper listed again, with more upvotes.
      if (made.length > perDay && next() < 0.1) {
        const again = made[Math.floor(next() * made.length)];
        again.upvotes += 1 + Math.floor(next() * 5);
        if (!list.includes(again)) list.push(again);
        continue;
      }
      if (made.length >= papers) break;
      const n = made.length;
      const title = `${pick(ADJECTIVES)} ${pick(METHODS)} for ${pick(TASKS)} (${n.toString(36)})`;
      const sentences = Array.from({ length: 8 }, () => `We study ${pick(TERMS)} ${pick(TERMS)} with ${pick(TERMS)} and ${pick(TERMS)} for ${pick(TASKS)}, improving ${pick(TERMS)} ${pick(TERMS)} over strong ${pick(TERMS)} baselines.`);
      const published = isoDay([2020, 1, 1], day - Math.floor(next() * 400));
      const paper = { id: `${2001 + Math.floor(n / 99999)}.${String((n % 99999) + 1).padStart(5, "0")}`, title, abstract: sentences.join(' '), authors: 1 + Math.floor(next() * 12), published, upvotes: Math.floor(next() * 30) };
      made.push(paper);
      list.push(paper);
    }
    entries += list.length;
    if (jsonEvery && day % jsonEvery === jsonEvery - 1) {
      const items = list.map((paper) => ({
        paper: { id: paper.id, title: paper.title, summary: paper.abstract, authors: Array.from({ length: paper.authors }, (_, k) => ({ name: `Author ${k + 1}` })), publishedAt: `${paper.published}T12:00:00.000Z`, upvotes: paper.upvotes },
        title: paper.title,
        publishedAt: `${date}T12:00:00.000Z`,
        numComments: 0,
      }));
      writeFileSync(path.join(dir, `${date}.json`), JSON.stringify(items, null, 1));
    } else {
      writeFileSync(path.join(dir, `${date}.txt`), pageText(date, list));
    }
  }
  return { days, papers: made.length, entries };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [papers = '1000', dir = 'bench/.work/listings'] = process.argv.slice(2);
  console.log(generateListings({ papers: Number(papers), dir }));
}
