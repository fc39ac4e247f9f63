// The sample site (tests/fixtures/listings: the real 2025-12-09 page plus a JSON day before and a text day after),
// built once and read back from dist/.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeValues, existsInDist, fileForUrl, filesIn, read } from '../support/dist.ts';
import { digestOf } from '../support/digest.ts';
import { sharedSite } from '../support/shared-site.ts';

const digest = digestOf();
let dist: string;
beforeAll(async () => {
  dist = await sharedSite('default');
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
// Links to papers themselves (not to a section of a paper's page, like its topics).
const paperLinksIn = (html: string) => attributeValues(html, 'a', 'href').filter((href) => /^\/papers\/[^/#]+\/$/.test(href));

describe('the pages of the sample digest', () => {
  it('has one page per paper, per day and per topic', () => {
    expect(digest.papers.length).toBe(44 + 30 + 2); // Rethinking… appears on two days, once on the site
    for (const paper of digest.papers) expect(existsInDist(dist, `papers/${paper.id}/index.html`), paper.id).toBe(true);
    expect(filesIn(dist, (file) => /^papers\/[^/]+\/index\.html$/.test(file))).toHaveLength(digest.papers.length);
    for (const day of digest.days) expect(existsInDist(dist, `days/${day.date}/index.html`)).toBe(true);
    for (const topic of digest.topics) expect(existsInDist(dist, `topics/${topic.slug}/index.html`)).toBe(true);
    expect(existsInDist(dist, 'weeks/2025-W50/index.html')).toBe(true);
    expect(existsInDist(dist, 'months/2025-12/index.html')).toBe(true);
    for (const page of ['index.html', 'days/index.html', 'topics/index.html', '404.html', 'search/index.html', 'feeds/index.html']) {
      expect(existsInDist(dist, page), page).toBe(true);
    }
  });

  it('lists every week and every month where their addresses lead when cut short (/weeks/, /months/)', () => {
    for (const [folder, period] of [['weeks', /^\d{4}-W\d{2}$/], ['months', /^\d{4}-\d{2}$/]] as const) {
      const periods = filesIn(dist, (file) => file.startsWith(`${folder}/`) && file.endsWith('/index.html'))
        .map((file) => file.split('/')[1])
        .filter((name) => period.test(name));
      expect(periods.length, folder).toBeGreaterThan(0);
      const index = read(dist, `${folder}/index.html`);
      const links = attributeValues(index, 'a', 'href').filter((href) => href.startsWith(`/${folder}/`));
      expect(links).toEqual([...new Set(periods)].sort().reverse().map((name) => `/${folder}/${name}/`));
      expect(read(dist, 'days/index.html')).toContain(`href="/${folder}/"`);
    }
  });

  it('shows the latest day on the home page, in listing order', () => {
    const home = read(dist, 'index.html');
    expect(text(home)).toContain('Papers of Wednesday, 10 December 2025');
    expect(text(home)).toContain('30 papers in the latest digest');
    const latest = digest.days[0];
    expect(latest.date).toBe('2025-12-10');
    expect(paperLinksIn(home).slice(0, 30)).toEqual(latest.papers.map((id) => `/papers/${id}/`));
  });

  it('lists a day in listing order with previous and next links to real days', () => {
    const middle = read(dist, 'days/2025-12-09/index.html');
    const ids = digest.days.find((day) => day.date === '2025-12-09')!.papers;
    expect(ids).toHaveLength(44);
    expect(paperLinksIn(middle)).toEqual(ids.map((id) => `/papers/${id}/`));
    expect(middle).toMatch(/<a href="\/days\/2025-12-08\/" rel="prev">/);
    expect(middle).toMatch(/<a href="\/days\/2025-12-10\/" rel="next">/);
    const first = read(dist, 'days/2025-12-08/index.html');
    expect(first).not.toContain('rel="prev"');
    expect(first).toMatch(/<a href="\/days\/2025-12-09\/" rel="next">/);
  });

  it('shows the archive as a calendar of months with the count of every day', () => {
    const archive = read(dist, 'days/index.html');
    expect(text(archive)).toContain('December 2025');
    expect(archive).toContain('href="/months/2025-12/"');
    for (const day of digest.days) {
      // The link's text is its name: the day number and the count, with words a screen reader needs between them.
      const link = archive.match(new RegExp(`<a href="/days/${day.date}/">(.*?)</a>`))?.[1];
      const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day.date}T00:00:00Z`));
      expect(link && text(link).trim()).toBe(`${Number(day.date.slice(8))} ${month}: ${day.papers.length} papers`);
    }
    expect(archive).toContain('href="/weeks/2025-W50/"');
  });

  it('gives each topic its newest papers and an archive by month, in compact rows', () => {
    const llm = digest.topics.find((topic) => topic.slug === 'large-language-models')!;
    const ids = digest.papers.filter((paper) => paper.topics.includes(llm.slug)).map((paper) => paper.id);
    expect(ids.length).toBeGreaterThan(25);
    const front = read(dist, `topics/${llm.slug}/index.html`);
    const newest = paperLinksIn(front);
    expect(newest).toHaveLength(25);
    // Newest first: the 2025-12-10 papers come before the 2025-12-09 ones.
    expect(newest[0]).toBe(`/papers/${digest.days[0].papers.find((id) => ids.includes(id))}/`);
    expect(front).toContain(`href="/topics/${llm.slug}/2025-12/"`);
    expect(front).toContain(`href="https://digest.example.org/topics/${llm.slug}/rss.xml"`);
    const month = read(dist, `topics/${llm.slug}/2025-12/index.html`);
    expect(new Set(paperLinksIn(month))).toEqual(new Set(ids.map((id) => `/papers/${id}/`)));
    // Rows, not cards: no abstracts on archive pages.
    const someAbstract = digest.papers.find((paper) => paper.id === ids[0])!.abstract.slice(0, 60);
    expect(front).not.toContain(someAbstract.replace(/&/g, '&amp;'));
    expect(month).not.toContain('class="abstract"');
    expect(existsInDist(dist, `topics/${llm.slug}/2/index.html`)).toBe(false);
  });

  it('lists topics with papers as cards and names the empty ones apart, never "0 papers"', () => {
    const page = read(dist, 'topics/index.html');
    expect(text(page)).not.toContain(' 0 papers');
    const [cards, emptyPart = ''] = page.split('id="empty-topics"');
    for (const topic of digest.topics) {
      const count = digest.papers.filter((paper) => paper.topics.includes(topic.slug)).length;
      expect(count > 0 ? cards : emptyPart, topic.slug).toContain(`href="/topics/${topic.slug}/"`);
    }
  });

  it('ranks a week and a month by upvotes, ties in listing order', () => {
    for (const page of ['weeks/2025-W50/index.html', 'months/2025-12/index.html']) {
      const ids = paperLinksIn(read(dist, page)).map((href) => href.split('/')[2]);
      expect(ids).toHaveLength(digest.papers.length);
      const upvotes = ids.map((id) => digest.papers.find((paper) => paper.id === id)!.upvotes);
      expect(upvotes).toEqual(upvotes.toSorted((a, b) => b - a));
    }
  });

  it('links related papers that are other papers, never the paper itself', () => {
    let withRelated = 0;
    for (const paper of digest.papers) {
      const html = read(dist, `papers/${paper.id}/index.html`);
      const section = html.split('id="related-heading"')[1] ?? '';
      const related = paperLinksIn(section);
      expect(related).not.toContain(`/papers/${paper.id}/`);
      expect(new Set(related).size).toBe(related.length);
      for (const href of related) expect(existsInDist(dist, `${href.slice(1)}index.html`)).toBe(true);
      if (related.length > 0) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(digest.papers.length * 0.9);
  });

  it('shows a paper with everything known about it', () => {
    const html = read(dist, 'papers/rethinking-the-value-of-network-pruning/index.html');
    const page = text(html);
    expect(page).toContain('Rethinking the Value of Network Pruning');
    expect(page).toContain('Zhuang Liu, Mingjie Sun, Tinghui Zhou, Gao Huang, Trevor Darrell');
    expect(html).toContain('href="https://arxiv.org/abs/1810.05270"');
    expect(html).toContain('href="https://huggingface.co/papers/1810.05270"');
    expect(html).toContain('href="https://github.com/Eric-mingjie/rethinking-network-pruning"');
    expect(html).toContain('<time datetime="2018-10-11">');
    expect(html).toMatch(/Listed on.*href="\/days\/2025-12-08\/".*href="\/days\/2025-12-09\/"/s);
    expect(html).toContain('href="/topics/pruning-and-compression/"');
    expect(html).toContain('<code class="arxiv-id">1810.05270</code>');
  });

  it('singles out the code link of an abstract', () => {
    const html = read(dist, 'papers/ets-efficient-tree-search-for-inference-time-scaling/index.html');
    expect(html).toMatch(/<a href="https:\/\/github.com\/SqueezeAILab\/ETS" rel="nofollow noopener">Code<\/a>/);
  });

  it('gives every page a title, description, canonical URL, Open Graph tags and the feed', () => {
    for (const file of filesIn(dist, (name) => name.endsWith('.html'))) {
      const html = read(dist, file);
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(html, file).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, file).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, file).toContain('<link rel="alternate" type="application/rss+xml" title="Paper Digest: latest papers" href="https://digest.example.org/rss.xml">');
      if (file === '404.html') expect(html).toContain('<meta name="robots" content="noindex">');
      else {
        const canonical = attributeValues(html, 'link', 'href')[0];
        expect(canonical, file).toBe(`https://digest.example.org/${file.replace(/index\.html$/, '')}`);
      }
    }
  });

  it('uses no client script on reading pages beyond the search box and the reader tools, both small deferred modules', () => {
    const html = read(dist, 'days/2025-12-09/index.html');
    const scripts = attributeValues(html, 'script', 'src');
    expect(scripts.length).toBeLessThanOrEqual(2);
    // Each entry with the chunks it imports (Vite splits shared code into chunks beside it).
    const code = scripts.map((src) => {
      const entry = read(dist, src.slice(1));
      const chunks = [...entry.matchAll(/["'](\.\/[\w.-]+\.js)["']/g)].map(([, chunk]) => read(dist, path.posix.join(path.posix.dirname(src.slice(1)), chunk)));
      return [entry, ...chunks].join('\n');
    });
    // The search box (combobox, ordered merge, spelling suggestions) and the reader tools: small either way.
    for (const js of code) expect(js.length).toBeLessThan(24_000);
    expect(code.some((js) => js.includes('pagefind'))).toBe(true);
    expect(code.some((js) => js.includes('paper-digest:saved:v1'))).toBe(true);
    // Every script is a deferred module: the page's text is all in its HTML, readable before (or without) them.
    expect(html.match(/<script type="module" src=/g)?.length).toBe(scripts.length);
    expect(html).not.toMatch(/<script(?![^>]*(type="application\/ld\+json"|src=))[^>]*>/);
  });
});

describe('internal links', () => {
  for (const [name, basePath] of [['default', '/'], ['digest', '/digest/']] as const) {
    it(`all resolve to files in dist/ under BASE_PATH=${basePath}`, async () => {
      const site = await sharedSite(name);
      const origin = 'https://digest.example.org';
      const broken: string[] = [];
      let checked = 0;
      for (const file of filesIn(site, (path) => path.endsWith('.html'))) {
        const html = read(site, file);
        const pageUrl = `${basePath}${file.replace(/index\.html$/, '')}`;
        const urls = [...attributeValues(html, 'a', 'href'), ...attributeValues(html, 'link', 'href'), ...attributeValues(html, 'script', 'src'), ...attributeValues(html, 'img', 'src')];
        for (const url of urls) {
          const target = fileForUrl(url, pageUrl, origin, basePath);
          if (target === undefined) continue;
          checked++;
          if (!existsInDist(site, target)) broken.push(`${file}: ${url}`);
        }
      }
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
