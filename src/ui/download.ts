/** Save a blob as a file through a temporary object URL (nothing leaves the browser). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save text as a file; CSV gets a BOM so Excel opens UTF-8 with å, ä, ö intact. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([type === 'text/csv' ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` }), filename);
}
