// The map's bibliography: the footer's "Sources" list and the chosen muscle's references in its panel.
// In tests and dev this is the whole list; the build (scripts/cited-sources.mjs) gives this import only
// the references the map's content cites, so readers download just those.
export { footerSources, sources } from '../../content/sources.js';
