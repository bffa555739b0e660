// Camera placement and marker projection, shared by the main picture and the second small one: the
// same pose arithmetic and the same "does it face the camera" test for both.
import { PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../body/vec.js';
import { FOV, type Pose } from '../camera-focus.js';
import type { ProjectedMarker } from '../marker-layout.js';

export type { ProjectedMarker };

export function applyPose(camera: PerspectiveCamera, { target, yaw, pitch, dist }: Pose, aspect: number): void {
  const cw = Math.cos(pitch);
  camera.position.set(target[0] + dist * Math.sin(yaw) * cw, target[1] + dist * Math.sin(pitch), target[2] + dist * Math.cos(yaw) * cw);
  camera.lookAt(target[0], target[1], target[2]);
  camera.aspect = aspect;
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
}

const TAN_HALF_FOV = Math.tan((FOV * Math.PI) / 360);
const forward = new Vector3();

/** A body point in CSS pixels of a picture `cssW`×`cssH` seen through `camera`, and whether the camera sees it. */
export function projectWith(camera: PerspectiveCamera, cssW: number, cssH: number, point: Vec3, normal?: Vec3): ProjectedMarker {
  const cam = camera.position;
  const v = new Vector3(point[0], point[1], point[2]);
  const facing = !normal || (cam.x - v.x) * normal[0] + (cam.y - v.y) * normal[1] + (cam.z - v.z) * normal[2] > 0.02;
  camera.getWorldDirection(forward);
  const depth = Math.max(0.05, (v.x - cam.x) * forward.x + (v.y - cam.y) * forward.y + (v.z - cam.z) * forward.z);
  v.project(camera);
  const x = (v.x * 0.5 + 0.5) * cssW, y = (-v.y * 0.5 + 0.5) * cssH;
  return { key: '', x, y, visible: facing && v.z < 1 && x >= 0 && y >= 0 && x <= cssW && y <= cssH, pxPerMm: cssH / (2 * depth * TAN_HALF_FOV) / 1000 };
}
