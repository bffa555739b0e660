// Runs before model-viewer's module: keep it on 127.0.0.1 (its Draco/KTX2/Lottie helpers otherwise come from gstatic/jsdelivr;
// our GLB needs none of them, so these local paths are never fetched) and mark its first frame like ours.
self.ModelViewerElement = Object.assign(self.ModelViewerElement || {}, {
  dracoDecoderLocation: '/bench/blocked/draco/',
  ktx2TranscoderLocation: '/bench/blocked/basis/',
  lottieLoaderLocation: '/bench/blocked/lottie.js',
});
customElements.whenDefined('model-viewer').then(() => performance.mark('mv:defined'));
// model-viewer's `load` (model parsed and added to the scene) does not bubble: listen in the capture phase.
// The next animation frame after it is the first frame that can show the model.
document.addEventListener(
  'load',
  (e) => {
    if (e.target && e.target.localName === 'model-viewer') {
      if (!performance.getEntriesByName('mv:load').length) performance.mark('mv:load');
      requestAnimationFrame(() => {
        if (!performance.getEntriesByName('mv:first-frame').length) performance.mark('mv:first-frame');
      });
    }
  },
  true,
);
document.addEventListener(
  'model-visibility',
  (e) => {
    if (e.detail && e.detail.visible && !performance.getEntriesByName('mv:visible').length) performance.mark('mv:visible');
  },
  true,
);
