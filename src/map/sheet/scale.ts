/** A round scale-bar length (1, 2 or 5 × 10ⁿ metres) no longer than `maxPx`. */
export function niceScale(metresPerPixel: number, maxPx = 120): { metres: number; px: number; label: string } {
  const max = metresPerPixel * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / metresPerPixel, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

/** Ground metres per CSS pixel at a latitude and zoom (MapLibre's 512-px tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
