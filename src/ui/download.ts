/** Save text as a file through a temporary object URL (nothing leaves the browser). */
export function downloadText(text: string, filename: string, type: string): void {
  // A BOM so Excel opens UTF-8 CSV with å, ä, ö intact.
  const blob = new Blob([type === 'text/csv' ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
