/** Messages between the main thread and the workers of the parallel import. */
import type { Extraction, Format } from '../contract/schema.js';

export interface WorkerRequest {
  id: number;
  file: string;
  displayPath: string;
  ocr: boolean;
}

/**
 * What `locate` needs of the analysed document, besides `extraction.text` (the normalized text,
 * sent once): the decoded source, where each text character came from, and the page starts.
 */
export interface Located {
  path: string;
  sha256: string;
  format: Format;
  source: string;
  pageStarts: number[];
  origin: Int32Array;
}

export type WorkerError =
  | { kind: 'input'; file: string; reason: string; message: string }
  | { kind: 'other'; message: string; stack: string | undefined };

export type WorkerReply =
  | { id: number; ok: true; extraction: Extraction; located: Located; thread: number }
  | { id: number; ok: false; error: WorkerError };
