/**
 * The Content-Security-Policy every page carries in a <meta>: only this site's own script files run, so
 * text from a listing can never execute even if it slipped into markup. Pagefind needs 'wasm-unsafe-eval'
 * to start its WebAssembly search engine.
 *
 * The build inlines no script and no stylesheet (astro.config.mjs), so 'self' covers every script and
 * style without a hash: Astro's own CSP would add a hash of each of the site's scripts to every page,
 * about 350 bytes a page that 'self' already allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join(';');
