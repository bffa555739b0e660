// A 3D point or direction as a plain tuple (metres; y up, the figure faces +z, the patient's left is +x).
export type Vec3 = [number, number, number];
