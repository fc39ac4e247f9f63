/**
 * Reads a response body as text, at most `maxBytes` of it (after decompression, so a small gzip bomb is
 * caught too): a day of papers is well under a megabyte, and an endless answer must not eat the machine's
 * memory before the timeout ends it. A broken compressed stream is said to be one.
 */
import { BadResponse } from './json-body.ts';

const megabytes = (bytes: number) => `${Math.round((bytes / 1e6) * 10) / 10} MB`;

function tooLarge(maxBytes: number, said?: number): BadResponse {
  return new BadResponse(`the answer is larger than ${megabytes(maxBytes)}${said ? ` (it announces ${megabytes(said)})` : ''}, more than any day of papers: refused (FETCH_MAX_BYTES raises the limit)`);
}

export async function readBodyCapped(response: Response, maxBytes: number): Promise<string> {
  const encoding = response.headers.get('content-encoding');
  const announced = Number(response.headers.get('content-length'));
  if (!encoding && Number.isFinite(announced) && announced > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes, announced);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    // fetch() decompresses as it reads; a corrupt stream surfaces as "terminated" caused by a zlib error.
    const code = ((error as Error).cause as { code?: string } | undefined)?.code;
    if (code?.startsWith('Z_')) throw new BadResponse(`the answer's ${encoding ?? 'compressed'} encoding is broken (${((error as Error).cause as Error).message})`);
    throw error;
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
