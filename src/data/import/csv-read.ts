/** RFC 4180 reading: separator detection and records with their line numbers. */
const QUOTE = 34,
  LF = 10,
  CR = 13,
  SPACE = 32,
  TAB = 9;

export interface CsvRecord {
  cells: string[];
  line: number;
}

/** The separator of the first line, counting only characters outside quotes. Tab wins ties, then semicolon. */
export function detectSeparator(text: string): string {
  let comma = 0,
    semi = 0,
    tab = 0,
    inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === LF || c === CR) break;
    else if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === TAB) tab++;
  }
  if (tab > 0 && tab >= semi && tab >= comma) return '\t';
  if (semi > 0 && semi >= comma) return ';';
  return ',';
}

function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** RFC 4180 records (quotes, doubled quotes, line breaks inside quotes; CRLF, LF or CR), cells trimmed, with the line each starts on. */
export function readCsvRecords(
  text: string,
  sep: string,
  firstLine = 1,
  progress?: (fraction: number) => void,
): CsvRecord[] {
  const out: CsvRecord[] = [];
  const n = text.length;
  const sepCode = sep.charCodeAt(0);
  let i = 0,
    line = firstLine;
  while (i < n) {
    const cells: string[] = [];
    const startLine = line;
    for (;;) {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if ((c === SPACE || c === TAB) && c !== sepCode) k++;
        else break;
      }
      let cell: string;
      if (k < n && text.charCodeAt(k) === QUOTE) {
        let start = k + 1,
          raw = '';
        for (;;) {
          const q = text.indexOf('"', start);
          if (q === -1) {
            raw += text.slice(start);
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            raw += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          raw += text.slice(start, q);
          i = q + 1;
          break;
        }
        line += countLineBreaks(raw);
        // Be lenient with text between the closing quote and the separator: keep it.
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sepCode || c === LF || c === CR) break;
          j++;
        }
        cell = j > i ? raw + text.slice(i, j) : raw;
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sepCode || c === LF || c === CR) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell.trim());
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === sepCode) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    out.push({ cells, line: startLine });
    if (progress && out.length % 20_000 === 0) progress(i / n);
  }
  return out;
}
