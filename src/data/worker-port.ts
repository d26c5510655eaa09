/**
 * What the atlas needs of a Web Worker: the parse, zone-index and tile clients each take one
 * (a real Worker in the browser, a fake in tests), typed by what goes in and what comes out.
 */
export interface WorkerPort<In, Out> {
  postMessage(message: In, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<Out>) => void) | null;
  onerror: ((e: ErrorEvent | Event) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
}
