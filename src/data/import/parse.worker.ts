/// <reference lib="webworker" />
import { parseImportBytes } from './parse-import';
import type { ParseResult } from './types';

/** What the page sends: the file (its bytes transferred, not copied), then "next" for each batch. */
export type ParseRequest = { type: 'parse'; fileName: string; bytes: ArrayBuffer } | { type: 'next' };
/** What comes back: progress now and then, the features in batches when asked, then the rest of the result. */
export type ParseMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'parsed'; count: number }
  | { type: 'features'; features: ParseResult['features'] }
  | { type: 'done'; result: ParseResult };

/**
 * Features go back in batches, each only when the page asks for it: the page reads a message in
 * one go, a million features in one message held it for seconds, and batches sent all at once
 * queued up and ran back to back (~900 ms without a frame). 2,000 at a time, asked for between
 * frames, take the page ~10–40 ms each. (Sized by time instead, as the IndexedDB save is, they
 * grew: the copy happens before the page's handler runs, so the handler cannot time it, and
 * batches of 20,000 froze the page for 650 ms; measured by the bench.)
 */
export const BATCH = 2_000;

const post = (m: ParseMessage) => (self as unknown as Worker).postMessage(m);

let parsed: ParseResult | null = null;
let sent = 0;

// Parses an import off the main thread, so the page keeps drawing while a big file is read.
self.onmessage = (e: MessageEvent<ParseRequest>) => {
  const m = e.data;
  if (m.type === 'parse') {
    let last = 0;
    parsed = parseImportBytes(m.fileName, new Uint8Array(m.bytes), (fraction) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      post({ type: 'progress', fraction });
    });
    sent = 0;
    post({ type: 'parsed', count: parsed.features.length });
    return;
  }
  if (!parsed) return;
  const { features } = parsed;
  if (sent < features.length) {
    post({ type: 'features', features: features.slice(sent, sent + BATCH) });
    sent += BATCH;
  } else {
    post({ type: 'done', result: { ...parsed, features: [] } });
    parsed = null;
  }
};
