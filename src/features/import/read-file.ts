import { describeImportProblem } from '../../data/import/messages';
import type { ParseResult } from '../../data/import/parse-import';
import { t } from '../../i18n/i18n';
import type { AtlasStore } from '../../store/store';
import { type ParseJob, type ParseWorker, parseInWorker } from './parse-client';

/** Files up to this size are parsed on the page: a worker's start costs more than reading them. */
export const INLINE_MAX_BYTES = 512 * 1024;

let current: ParseJob | null = null;
/** Stop the import being read (the Cancel beside its progress). */
export function cancelImport(): void {
  current?.cancel();
}

/**
 * Read a dropped or picked file and hand the parse to the review step. A file that cannot be
 * used at all gets a message; nothing in the atlas changes. Big files are parsed in a worker with
 * progress and a Cancel; if the worker fails the file is parsed on the page instead, and the
 * notice says why the page may pause.
 */
export async function readImportFile(
  store: AtlasStore,
  file: File,
  createWorker?: () => ParseWorker | null,
): Promise<void> {
  // A new file replaces one still being read.
  current?.cancel();
  const { lang, addNotice, setPendingImport, setImportProgress } = store.getState();
  const fail = (reason: string) => addNotice('error', t('import.failed', lang, { file: file.name, reason }));
  // The parsers (and proj4 for SWEREF 99 TM) load on the first import, not with the atlas.
  let parser: typeof import('../../data/import/parse-import');
  try {
    parser = await import('../../data/import/parse-import');
  } catch {
    // The chunk could not be fetched (a deploy replaced it, the network dropped): say so, not nothing.
    return fail(t('import.codeMissing', lang));
  }
  const { checkImportSize, parseImportBytes, describeImportFailure } = parser;
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return fail(describeImportProblem(tooLarge, lang));
  // Bytes, not file.text(): that reads everything as UTF-8 and turns Swedish Excel's å, ä, ö into "�".
  const read = async () => new Uint8Array(await file.arrayBuffer());
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (e) {
    return fail((e as Error).message);
  }
  let result: ParseResult;
  if (bytes.byteLength <= INLINE_MAX_BYTES) {
    result = parseImportBytes(file.name, bytes);
  } else {
    setImportProgress({ fileName: file.name, fraction: 0 });
    const job = parseInWorker(
      file.name,
      bytes.buffer as ArrayBuffer,
      (fraction) => {
        if (current === job) setImportProgress({ fileName: file.name, fraction });
      },
      createWorker,
    );
    current = job;
    try {
      const outcome = await job.done;
      if (outcome.kind === 'cancelled') return;
      result = outcome.result;
    } catch (e) {
      // The worker failed: read the file here (the page may pause), and say why.
      addNotice('info', t('import.onPage', lang, { file: file.name, reason: (e as Error).message }));
      try {
        result = parseImportBytes(file.name, await read());
      } catch (err) {
        return fail((err as Error).message);
      }
    } finally {
      if (current === job) {
        current = null;
        setImportProgress(null);
      }
    }
  }
  if (result.fatal) return fail(describeImportFailure(result, lang));
  setPendingImport({ fileName: file.name, result });
}
