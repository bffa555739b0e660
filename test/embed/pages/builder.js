// A "page builder": the block's HTML arrives one second after load, set with innerHTML.
/* global addEventListener, document, performance, setTimeout */
addEventListener('load', () => {
  setTimeout(() => {
    document.getElementById('builder-block').innerHTML =
      '<div class="slot"><pt-technique-compare></pt-technique-compare></div>' +
      '<div class="slot"><pt-technique-card technique="swedish"></pt-technique-card></div>' +
      '<div class="slot"><pt-gate-control theme="dark"></pt-gate-control></div>' +
      '<div class="slot"><pt-trigger-point-map></pt-trigger-point-map></div>' +
      '<div class="slot"><pt-visit-guide></pt-visit-guide></div>';
    document.body.dataset.built = '1';
    document.body.dataset.builtAt = String(performance.now());
  }, 1000);
});
