import { describe, expect, it } from 'vitest';
import { splitAbstract } from '../../src/view/abstract.ts';
import { richText } from '../../src/view/rich-text.ts';

const filler = (length: number) => 'word '.repeat(Math.ceil(length / 5)).slice(0, length);

describe('splitAbstract', () => {
  it('keeps a short abstract whole, its paragraphs apart', () => {
    expect(splitAbstract('One.\n\nTwo.')).toEqual({ lead: 'One. Two.', truncated: false, paragraphs: ['One.', 'Two.'] });
  });

  it('cuts plain text at the last space before the limit, with an ellipsis', () => {
    const { lead, truncated } = splitAbstract(`${filler(400)}end`);
    expect(truncated).toBe(true);
    expect(lead.endsWith('word…')).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(321);
  });

  it('never cuts inside a formula: the lead stops before it', () => {
    const abstract = `${filler(300)} $\\mathcal{O}(n \\log n + m^2 + k \\cdot d)$ time ${filler(200)}`;
    const { lead } = splitAbstract(abstract);
    expect(lead).not.toContain('$');
    expect(lead.endsWith('…')).toBe(true);
    // Without the rule the cut at 320 would fall inside the formula.
    expect(abstract.indexOf('$')).toBeLessThan(320);
    expect(abstract.lastIndexOf('$')).toBeGreaterThan(320);
  });

  it('never cuts inside a URL, even where no space is near the limit', () => {
    const url = `https://example.org/${'very-long-path-segment/'.repeat(12)}file`;
    const abstract = `${filler(120)} data at ${url} and ${filler(200)}`;
    const { lead } = splitAbstract(abstract);
    expect(lead).not.toContain('https://');
    expect(lead.endsWith('at…')).toBe(true);
  });

  it('takes a formula that opens the lead whole, even past the limit', () => {
    const formula = `$${'x + '.repeat(90)}y$`;
    const { lead } = splitAbstract(`${formula} ${filler(400)}`);
    expect(lead.startsWith(formula)).toBe(true);
    expect(richText(lead.slice(0, -1)).some((segment) => segment.kind === 'math')).toBe(true);
  });

  it('never cuts inside a TeX group such as \\textbf{…}', () => {
    const abstract = `${filler(300)} \\textbf{a bold claim that runs on} ${filler(200)}`;
    const { lead } = splitAbstract(abstract);
    expect(lead).not.toContain('\\textbf');
  });

  it('leaves no dangling backslash when it must cut a word', () => {
    const { lead } = splitAbstract(`${'z'.repeat(319)}\\%${'z'.repeat(100)}`);
    expect(lead).toBe(`${'z'.repeat(319)}…`);
  });
});
