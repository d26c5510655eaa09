/**
 * True when the browser can create a WebGL 2 context. MapLibre 6 draws with WebGL 2 only: a
 * browser with WebGL 1 alone used to pass this check and then show an empty map area. Asked only
 * once the map has failed (NoWebGL), to tell "no WebGL 2 here" from "part of the atlas did not
 * load"; start-up does not probe (the map's own context is the test, App).
 * The probe's context is released at once: a browser holds only a few live contexts, and an
 * abandoned one keeps its GPU resources until garbage collection.
 */
export function hasWebGL(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return false;
    gl.getExtension?.('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
