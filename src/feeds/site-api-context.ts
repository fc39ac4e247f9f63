// The data API's absolute URLs for this site (SITE_URL and BASE_PATH).
import { absoluteUrl, apiFiles, dayPath, paperPath, toAbsolute } from '../util/site/urls.ts';
import type { ApiContext } from './data-api.ts';

export const apiContext: ApiContext = {
  paperUrl: (id) => toAbsolute(paperPath(id)),
  dayUrl: (date) => toAbsolute(dayPath(date)),
  dayApiUrl: (date) => absoluteUrl(apiFiles.day(date)),
  schemaUrl: (name) => absoluteUrl(apiFiles.schema(name)),
};
