// How TeX in a folder of Hugging Face API day files renders: counts of titles and abstracts with escapes or
// formulas, formulas found and rendered, links made, errors (there must be none). A measuring tool, not a test:
//   node_modules/.bin/node tests/support/tex-corpus.ts <folder of YYYY-MM-DD.json files>
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { richText, plainText, type Segment } from '../../src/view/rich-text.ts';
import { findMath } from '../../src/view/tex-math.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node tests/support/tex-corpus.ts <folder of API day files>');
const papers = new Map<string, { title: string; summary: string }>();
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
  for (const item of JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { paper: { id: string; title: string; summary: string } }[]) papers.set(item.paper.id, item.paper);
}
/** A TeX escape or command (`\%`, `\,`, `\ours`) or a TeX quote. */
const ESCAPES = /\\[^\s\\]|``/;
const flat = (segments: readonly Segment[]): Segment[] => segments.flatMap((s) => (s.kind === 'em' || s.kind === 'strong' ? [s, ...flat(s.children)] : [s]));
const counts = { papers: papers.size, titlesWithEscapes: 0, abstractsWithEscapes: 0, titlesShownDifferently: 0, abstractsShownDifferently: 0, fieldsWithMath: 0, formulaCandidates: 0, formulasRendered: 0, abstractsWithLinks: 0, errors: 0 };
const started = performance.now();
for (const [id, paper] of papers) {
  for (const [kind, text] of [['title', paper.title], ['abstract', paper.summary]] as const) {
    try {
      let changed = false;
      let math = 0;
      let links = 0;
      for (const paragraph of text.split(/\n{2,}/)) {
        const segments = flat(richText(paragraph));
        counts.formulaCandidates += findMath(paragraph).length;
        math += segments.filter((s) => s.kind === 'math').length;
        links += segments.filter((s) => s.kind === 'link').length;
        const shown = segments.map((s) => (s.kind === 'text' || s.kind === 'link' ? s.text : '')).join('');
        if (shown !== paragraph || segments.some((s) => s.kind !== 'text' && s.kind !== 'link')) changed = true;
      }
      plainText(text);
      if (ESCAPES.test(text)) counts[kind === 'title' ? 'titlesWithEscapes' : 'abstractsWithEscapes']++;
      if (changed) counts[kind === 'title' ? 'titlesShownDifferently' : 'abstractsShownDifferently']++;
      if (math > 0) counts.fieldsWithMath++;
      counts.formulasRendered += math;
      if (kind === 'abstract' && links > 0) counts.abstractsWithLinks++;
    } catch (error) {
      counts.errors++;
      console.error(`${id} ${kind}:`, error);
    }
  }
}
console.log(JSON.stringify({ ...counts, ms: Math.round(performance.now() - started) }, null, 1));
