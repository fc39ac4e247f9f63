// The static data API of the sample digest: every file valid against its published JSON Schema, and equal
// to what the pages show (the same days and counts, the same papers in the same order with the same titles).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { digestOf } from '../support/digest.ts';
import { attributeValues, read } from '../support/dist.ts';
import { sharedSite } from '../support/shared-site.ts';

const schema = (name: string) => JSON.parse(readFileSync(path.join(projectRoot, 'public/api/schema', `${name}.schema.json`), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validIndex = ajv.compile(schema('index'));
const validDay = ajv.compile(schema('day'));
const digest = digestOf();
let dist = '';

beforeAll(async () => {
  dist = await sharedSite('default');
});

const json = (file: string) => JSON.parse(read(dist, file));

describe('the data API', () => {
  it('lists every day, newest first, with its count, valid against the index schema', () => {
    const index = json('api/index.json');
    expect(validIndex(index), ajv.errorsText(validIndex.errors)).toBe(true);
    expect(index.days.map((day: { date: string; papers: number }) => [day.date, day.papers])).toEqual(digest.days.map((day) => [day.date, day.papers.length]));
    expect(index.days[0].data).toBe('https://digest.example.org/api/days/2025-12-10.json');
    expect(index.$schema).toBe('https://digest.example.org/api/schema/index.schema.json');
    expect(read(dist, 'api/schema/index.schema.json')).toBe(readFileSync(path.join(projectRoot, 'public/api/schema/index.schema.json'), 'utf8'));
  });

  it.each(digest.days.map((day) => day.date))('gives %s as its page shows it, valid against the day schema', (date) => {
    const file = json(`api/days/${date}.json`);
    expect(validDay(file), ajv.errorsText(validDay.errors)).toBe(true);
    // The schema is strict enough to catch a changed field.
    expect(validDay({ ...file, papers: [{ ...file.papers[0], upvotes: '3' }] })).toBe(false);
    const page = read(dist, `days/${date}/index.html`);
    const cards = attributeValues(page, 'article', 'data-paper');
    expect(file.papers.map((paper: { id: string }) => paper.id)).toEqual(cards);
    for (const paper of file.papers) {
      const known = digest.papers.find((other) => other.id === paper.id)!;
      expect(paper.title).toBe(known.title);
      expect(paper.abstract).toBe(known.abstract);
      expect(paper.url).toBe(`https://digest.example.org/papers/${paper.id}/`);
      expect(paper).not.toHaveProperty('sources');
    }
  });

  it('lets any origin read it, on hosts that honour _headers', () => {
    expect(read(dist, '_headers')).toMatch(/^\/api\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
  });
});
