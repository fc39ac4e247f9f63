/** Reads the topic taxonomy (YAML or JSON text) and validates it, naming the line of every problem. */
import { LineCounter, parseDocument, visit, type Alias } from 'yaml';
import { TaxonomySchema, type Topic } from './taxonomy-schema.ts';
import type { ListingProblem } from './problems.ts';

export function parseTaxonomy(text: string, file: string): { topics: Topic[]; problems: ListingProblem[] } {
  // YAML is a superset of JSON, so one parser serves both and keeps positions for messages.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (document.errors.length > 0) {
    return { topics: [], problems: document.errors.map((error) => ({ file, line: lineOf(error.pos[0]), reason: error.message.split('\n')[0] })) };
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // An unquoted `*bench` is a YAML alias to an anchor that does not exist: reported like any other mistake.
    let alias: Alias | undefined;
    visit(document, { Alias: (_key, node) => void (alias ??= node) });
    if (!alias) throw error;
    const { source, range } = alias as Alias;
    return { topics: [], problems: [{ file, line: lineOf(range?.[0]), reason: `"*${source}" reads as a YAML alias: quote the pattern ('*${source}')` }] };
  }
  // Accept either a list of topics or { topics: [...] }.
  const list = Array.isArray(data) ? data : (data as { topics?: unknown } | null)?.topics;
  const prefix = Array.isArray(data) ? [] : ['topics'];
  const result = TaxonomySchema.safeParse(list);
  if (result.success) return { topics: result.data, problems: [] };
  return {
    topics: [],
    problems: result.error.issues.map((issue) => {
      const path = [...prefix, ...issue.path].filter((key): key is string | number => typeof key !== 'symbol');
      let node: unknown;
      for (let length = path.length; length >= 0 && !node; length--) node = document.getIn(path.slice(0, length), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      return { file, line: lineOf(range?.[0]), reason: `${path.join('.') || 'topics'}: ${issue.message}` };
    }),
  };
}
