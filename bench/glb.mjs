// A minimal glTF 2.0 binary writer: one mesh (POSITION, NORMAL, indices) with one matte material,
// enough for <model-viewer> to show exactly the triangles our map renders.
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const FLOAT = 5126;
const pad4 = (n) => (n + 3) & ~3;

/**
 * @param {{ positions: Float32Array, normals: Float32Array, indices: Uint16Array | Uint32Array,
 *           color?: [number, number, number, number], generator?: string }} mesh
 * @returns {Buffer}
 */
export function writeGlb({ positions, normals, indices, color = [0.85, 0.72, 0.66, 1], generator = 'pt-explainers bench' }) {
  if (positions.length % 3 || normals.length !== positions.length) throw new Error('positions/normals must be xyz triples of equal length');
  const count = positions.length / 3;
  // 16-bit indices when they fit, as any glTF exporter would write them.
  const idx = count <= 65535 ? Uint16Array.from(indices) : Uint32Array.from(indices);
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], positions[i + k]);
      max[k] = Math.max(max[k], positions[i + k]);
    }
  }
  const parts = [positions, normals, idx].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const offsets = [];
  let length = 0;
  for (const p of parts) {
    offsets.push(length);
    length = pad4(length + p.length);
  }
  const bin = Buffer.alloc(length);
  parts.forEach((p, i) => p.copy(bin, offsets[i]));

  const json = {
    asset: { version: '2.0', generator },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, name: 'body' }],
    meshes: [{ name: 'body', primitives: [{ attributes: { POSITION: 0, NORMAL: 1 }, indices: 2, material: 0, mode: 4 }] }],
    materials: [{ name: 'skin', pbrMetallicRoughness: { baseColorFactor: color, metallicFactor: 0, roughnessFactor: 0.85 } }],
    buffers: [{ byteLength: bin.length }],
    bufferViews: [
      { buffer: 0, byteOffset: offsets[0], byteLength: parts[0].length, target: ARRAY_BUFFER },
      { buffer: 0, byteOffset: offsets[1], byteLength: parts[1].length, target: ARRAY_BUFFER },
      { buffer: 0, byteOffset: offsets[2], byteLength: parts[2].length, target: ELEMENT_ARRAY_BUFFER },
    ],
    accessors: [
      { bufferView: 0, componentType: FLOAT, count, type: 'VEC3', min, max },
      { bufferView: 1, componentType: FLOAT, count, type: 'VEC3' },
      { bufferView: 2, componentType: idx instanceof Uint32Array ? 5125 : 5123, count: idx.length, type: 'SCALAR' },
    ],
  };
  let jsonBuf = Buffer.from(JSON.stringify(json), 'utf8');
  jsonBuf = Buffer.concat([jsonBuf, Buffer.alloc(pad4(jsonBuf.length) - jsonBuf.length, 0x20)]);

  const header = Buffer.alloc(12);
  header.writeUInt32LE(0x46546c67, 0); // 'glTF'
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(12 + 8 + jsonBuf.length + 8 + bin.length, 8);
  const chunk = (type, data) => {
    const h = Buffer.alloc(8);
    h.writeUInt32LE(data.length, 0);
    h.writeUInt32LE(type, 4);
    return Buffer.concat([h, data]);
  };
  return Buffer.concat([header, chunk(0x4e4f534a, jsonBuf), chunk(0x004e4942, bin)]);
}

/** Reads back the header and JSON chunk (used to check our own output). */
export function readGlbJson(buf) {
  if (buf.readUInt32LE(0) !== 0x46546c67 || buf.readUInt32LE(4) !== 2) throw new Error('not a glTF 2.0 binary');
  if (buf.readUInt32LE(8) !== buf.length) throw new Error('GLB length field does not match');
  const jsonLen = buf.readUInt32LE(12);
  return JSON.parse(buf.subarray(20, 20 + jsonLen).toString('utf8'));
}
