import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/util/site/json-ld.ts';

describe('jsonLd', () => {
  it('cannot end its <script> block or open a comment, whatever the text', () => {
    const text = jsonLd({ headline: '</script><script>alert(1)</script> <!-- & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> <!-- & \u2028' });
  });
});
