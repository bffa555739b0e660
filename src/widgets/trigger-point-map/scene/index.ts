// The three.js side of the map, loaded by the element with a dynamic import() only when it nears the viewport.
export { MapView, MIN_DIST, MAX_DIST, projectArea, type MapViewHost, type MarkerSpot, type ProjectedMarker, type ViewName } from './map-view.js';
export { rendererInfo, hasRenderer, simulateContextLoss, type PreparedContext } from './shared-renderer.js';
