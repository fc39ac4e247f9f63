/**
 * An arXiv identifier: new style `2512.01234` or old style `cs/0112017`, either with an optional version.
 * The API parser accepts only these, and nothing else is ever put in an arXiv or Hugging Face URL path.
 */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

export const isArxivId = (id: string | undefined): id is string => id !== undefined && ARXIV_ID.test(id);
