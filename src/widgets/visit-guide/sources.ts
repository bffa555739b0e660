// The visit guide's bibliography. In tests and dev this is the whole list; the build (scripts/cited-sources.mjs)
// gives this import only the references the guide's content cites, so readers download just those.
export { footerSources } from '../../content/sources.js';
