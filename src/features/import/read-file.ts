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
  const { checkImportSize, parseImport } = await import('../../data/import/parse-import');
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return fail(describeImportProblem(tooLarge, lang));
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail((e as Error).message);
  }
  const result = parseImport(file.name, text);
  if (result.fatal) return fail(describeImportProblem(result.fatal, lang));
  setPendingImport({ fileName: file.name, result });
}
