/**
 * True when the browser can create a WebGL 2 context. MapLibre 6 draws with WebGL 2 only: a
 * browser with WebGL 1 alone used to pass this check and then show an empty map area.
 */
export function hasWebGL(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}
