// Loaded first, as an external file (a strict CSP blocks inline scripts): records every CSP violation.
/* global Element, document, window */
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  // composedPath()[0] is the element inside an (open) shadow root; the target is retargeted to its host.
  const el = e.composedPath()[0];
  const where = el instanceof Element ? `<${el.localName}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> in ${el.getRootNode().host?.localName ?? 'document'}` : String(el);
  window.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, element: where, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
}, true);
