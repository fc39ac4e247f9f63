import { z } from 'zod';

/** A URL segment: lowercase letters, digits and single hyphens (paper ids, topic slugs). */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');
