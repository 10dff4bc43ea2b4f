/** What a command needs from its surroundings: where to write, and a way to record a failed input. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export interface Context {
  io: Io;
  /** set when any input failed; the program then exits 1 */
  failed: boolean;
}

/** The message of an input failure, without repeating the file name an InputError already carries. */
export function reasonOf(err: unknown): string {
  if (err && typeof err === 'object' && 'reason' in err && typeof err.reason === 'string') return err.reason;
  return err instanceof Error ? err.message : String(err);
}
