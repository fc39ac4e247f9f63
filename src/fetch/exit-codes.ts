/** What `npm run fetch` exits with, so a scheduled job can tell what happened. */
export const EXIT_CHANGED = 0;
export const EXIT_FAILED = 1;
/** Nothing failed and no file changed: nothing to commit, build or deploy. */
export const EXIT_NOTHING_NEW = 3;
