// three/src/renderers/shaders/ShaderChunk.js for the map's build (see index.mjs): only the two chunks
// three adds to every ShaderMaterial (WebGLProgram's fragment prefix) and to its output pass
// (WebGLOutput). An `#include <x>` of any other chunk makes WebGLProgram throw "Can not resolve #include".
import colorspace_pars_fragment from 'three/src/renderers/shaders/ShaderChunk/colorspace_pars_fragment.glsl.js';
import tonemapping_pars_fragment from 'three/src/renderers/shaders/ShaderChunk/tonemapping_pars_fragment.glsl.js';

export const ShaderChunk = { colorspace_pars_fragment, tonemapping_pars_fragment };
