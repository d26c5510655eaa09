import { describeImportProblem } from '../../data/import/messages';
import { t } from '../../i18n/i18n';
import type { AtlasStore } from '../../store/store';

/**
 * Read a dropped or picked file and hand the parse to the review step. A file that cannot be
 * used at all gets a message; nothing in the atlas changes.
 */
export async function readImportFile(store: AtlasStore, file: File): Promise<void> {
  const { lang, addNotice, setPendingImport } = store.getState();
  const fail = (reason: string) => addNotice('error', t('import.failed', lang, { file: file.name, reason }));
  // The parsers (and proj4 for SWEREF 99 TM) load on the first import, not with the atlas.
  let parser: typeof import('../../data/import/parse-import');
  try {
    parser = await import('../../data/import/parse-import');
  } catch {
    // The chunk could not be fetched (a deploy replaced it, the network dropped): say so, not nothing.
    return fail(t('import.codeMissing', lang));
  }
  const { checkImportSize, parseImport, decodeImportBytes, describeImportFailure } = parser;
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return fail(describeImportProblem(tooLarge, lang));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return fail((e as Error).message);
  }
  // Bytes, not file.text(): that reads everything as UTF-8 and turns Swedish Excel's å, ä, ö into "�".
  const decoded = decodeImportBytes(bytes);
  if ('fatal' in decoded) return fail(describeImportProblem(decoded.fatal, lang));
  const result = parseImport(file.name, decoded.text);
  if (result.fatal) return fail(describeImportFailure(result, lang));
  setPendingImport({ fileName: file.name, result });
}
