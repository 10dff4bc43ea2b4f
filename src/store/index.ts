/** The store: the Store interface and the backend the CLI opens. */
import { openSqliteStore, type OpenOptions } from './sqlite.js';
import type { Store } from './store.js';

export type * from './store.js';
export { stemOf } from './sqlite.js';

/** The default database file of the CLI. */
export const DEFAULT_DB = 'data/vanban.db';

/** Opens the database at `file` (SQLite today), creating and migrating it as needed. */
export function openStore(file: string, opts: OpenOptions = {}): Store {
  return openSqliteStore(file, opts);
}
