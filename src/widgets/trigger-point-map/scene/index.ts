// The three.js side of the map, loaded by the element with a dynamic import() only when it nears the viewport.
export { MapView, prepareBodyRenderer, gpuBytes, viewOf, type MapViewHost, type MarkerSpot, type ProjectedMarker } from './map-view.js';
export type { BodyProgram } from './body-material.js';
export { rendererInfo, hasRenderer, sharedContext, sharedCanvas, pinDragStep, DRAG_STEPS, type PreparedContext } from './shared-renderer.js';
