// The technique widgets' bibliography, for tests and dev only: parts.ts formats the references each part cites
// from it. The build never imports it: scripts/technique-parts.mjs writes each part's references into its file.
// (vite.config.ts's citedSources entry still trims it to the references the technique content cites.)
export { footerSources } from '../../content/sources.js';
