// Valid HTML: every page of the sample build passes the W3C Nu Html Checker (vnu) with no errors.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn } from '../support/dist.ts';
import { sharedSite } from '../support/shared-site.ts';
import { checkHtml, formatVnuMessages, vnuVersion } from '../support/vnu.ts';

describe('valid HTML', () => {
  it('every HTML page of the sample build passes the Nu checker', { timeout: 300_000 }, async () => {
    const dist = await sharedSite('default');
    const pages = filesIn(dist, (file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const started = Date.now();
    const errors = (await checkHtml(pages.map((file) => path.join(dist, file)))).map((error) => ({ ...error, file: path.relative(dist, error.file) }));
    console.log(`[measure] vnu ${await vnuVersion()}: ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(
      errors.map((error) => [error.file, error.message]),
      formatVnuMessages(errors),
    ).toEqual([]);
  });
});
