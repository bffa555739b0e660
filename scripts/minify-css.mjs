// Minifies the CSS of css`` templates with lightningcss (maintained, understands @container, :is(),
// nesting), used by the build through vite.config.ts. Never changes what a selector matches: the old
// regex minifier turned `svg :is(.a)` into `svg:is(.a)`; test/node/css-minify.test.mjs checks both.
import { Features, transform } from 'lightningcss';

/**
 * The oldest browsers the widgets support (container queries: Chrome 105, Safari 16, Firefox 110), so
 * lightningcss writes nothing they cannot read (e.g. keeps `min-width` rather than range syntax).
 */
const targets = { chrome: 105 << 16, safari: 16 << 16, firefox: 110 << 16, ios_saf: 16 << 16 };

/**
 * light-dark() stays as written: lowered for the targets above it would follow the system setting
 * instead of the page's color-scheme, which theme="page" relies on.
 */
const exclude = Features.LightDark;

/** Placeholder minify-html-literals puts where a template has a ${} expression. */
const EXPRESSION = /@TEMPLATE_EXPRESSION_*\(\);/;

/** Minified `css`, or `css` trimmed when it holds a ${} expression (none do today; a half-sheet is not CSS). */
export function minifyCss(css, filename = 'template.css') {
  if (EXPRESSION.test(css)) return css.trim();
  const { code } = transform({ filename, code: Buffer.from(css), minify: true, targets, exclude, errorRecovery: false });
  return code.toString();
}
