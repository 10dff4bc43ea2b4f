/**
 * A worker thread of the parallel import: analyses the files the main thread sends, one message
 * per file, and returns the extraction with what the main thread needs to locate spans in the
 * source (the VDoc itself holds functions and classes a message cannot carry).
 */
import { parentPort, threadId } from 'node:worker_threads';
import { analyzeFile, InputError } from '../pipeline.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

if (!parentPort) throw new Error('src/batch/worker.ts runs as a worker thread');
const port = parentPort;

port.on('message', async (req: WorkerRequest) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const { doc, extraction } = await analyzeFile(req.file, { displayPath: req.displayPath, ocr: req.ocr });
    const origin = doc.mapped.origin;
    reply = {
      id: req.id,
      ok: true,
      thread: threadId,
      extraction,
      located: { path: doc.path, sha256: doc.sha256, format: doc.format, source: doc.source, pageStarts: [...doc.pageStarts], origin },
    };
    // the origin array is as large as the text four times over; move it rather than copy it
    if (origin.byteOffset === 0 && origin.byteLength === origin.buffer.byteLength) transfer.push(origin.buffer as ArrayBuffer);
  } catch (err) {
    reply = {
      id: req.id,
      ok: false,
      error:
        err instanceof InputError
          ? { kind: 'input', file: err.file, reason: err.reason, message: err.message }
          : { kind: 'other', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined },
    };
  }
  port.postMessage(reply, transfer);
});
