import type { ImportProblem } from './types';

/** How a file's bytes were read as text, for the review and the tests. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { text: string; encoding: TextEncodingName } | { fatal: ImportProblem };

const startsWith = (b: Uint8Array, ...magic: number[]) => magic.every((m, i) => b[i] === m);

/**
 * UTF-16 without a byte order mark: text in the Latin alphabet has a zero in every other byte.
 * Judged on the first 1000 bytes; `even` is true when the zeros sit at even offsets (big-endian).
 */
function bareUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 1000) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Read an import file's bytes as text the way people's files actually come: UTF-8 with or
 * without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), and Windows-1252, which is what
 * Swedish Excel's "CSV (semikolonavgränsad)" writes. A file that is not valid UTF-8 is read as
 * Windows-1252 rather than with "�" for å, ä and ö (every byte is a character there, so it
 * never fails). A ZIP (an .xlsx renamed .csv) or an old Excel workbook is named as such.
 */
export function decodeImportBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06))
    return { fatal: { code: 'workbook', value: 'zip' } };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return { fatal: { code: 'workbook', value: 'xls' } };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = bareUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
