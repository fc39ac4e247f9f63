/**
 * One paper as one listing file presents it, before papers from different days are merged.
 * `file` and `line` say where it came from, for error messages.
 */
export interface ListingEntry {
  file: string;
  line: number;
  /** The digest day (edition) that listed it, YYYY-MM-DD. */
  day: string;
  /** Position within that day's listing, from 0. */
  position: number;
  title: string;
  abstract: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Undefined when the listing shows no count (page text omits it): unknown, not zero. */
  upvotes?: number;
  arxivId?: string;
  authors?: string[];
  authorCount?: number;
  organization?: { account: string; name: string };
  githubRepo?: string;
  projectPage?: string;
  keywords?: string[];
  /** Hugging Face's machine-written one-sentence summary (`paper.ai_summary`). */
  aiSummary?: string;
  /** Stars of the code repository when the listing was taken. */
  githubStars?: number;
  /** Comments in the paper's discussion on Hugging Face. */
  comments?: number;
}

export interface ParsedListing {
  entries: ListingEntry[];
  problems: import('./problems.ts').ListingProblem[];
}
