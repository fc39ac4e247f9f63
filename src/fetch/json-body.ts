/** Reads a response body as the JSON array the API answers with, refusing error pages and broken JSON. */

/** An answer that arrived but is not what the API sends; asking again would not help. */
export class BadResponse extends Error {
  override name = 'BadResponse';
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function readJsonArray(body: string, contentType: string | null, contentEncoding: string | null = null): unknown[] {
  const mediaType = contentType?.split(';')[0].trim().toLowerCase();
  // A proxy or a login wall can answer 200 with an HTML page: refuse anything that says it is not JSON.
  if (mediaType && !/^application\/([\w.+-]+\+)?json$/.test(mediaType)) {
    throw new BadResponse(`expected JSON, got ${mediaType}${mediaType === 'text/html' ? ' (an error page?)' : ''}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // A cut-off compressed answer decodes to less than was sent, often to nothing: say where the bytes went.
    const decoded = contentEncoding && contentEncoding !== 'identity' ? ` after ${contentEncoding} decoding: a cut-off or broken ${contentEncoding} answer?` : '';
    throw new BadResponse(`malformed JSON (${body.length} characters${decoded}): ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new BadResponse(`expected a JSON array of papers, got ${kind(value)}`);
  return value;
}
