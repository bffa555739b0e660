// The English statements' sources and locators, for the "Sources" list of a page in another language (a
// translation's points are plain strings; the sources stay with the English). In tests and dev this is the
// English text itself; the build gives this module a copy with every word of text left out, only the
// `cite` and `at` of each statement kept (vite.config.ts, visitCitations), so a Spanish page does not
// download the English text to list its sources.
export { visitGuide as citations } from '../../content/visit-guide.js';
