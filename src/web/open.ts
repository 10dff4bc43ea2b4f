/**
 * Opens a database for the web app: read-only at the SQLite level, so no route (and no bug) can
 * change it, and never created or migrated — a server that silently upgraded the file it was
 * asked to show would be writing after all.
 */
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_VERSION } from '../store/migrations.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/index.js';

export function openReadOnlyStore(file: string): Store {
  if (!existsSync(file)) throw new Error(`no database at ${file}; import documents first (vanban import PATH --db ${file})`);
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('query_only = ON');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== LATEST_VERSION) {
      throw new Error(
        version > LATEST_VERSION
          ? `database schema version ${version} is newer than this vanban (${LATEST_VERSION}); upgrade vanban`
          : `database schema version ${version} is older than this vanban's (${LATEST_VERSION}); ` +
              `upgrade it first with any other command (e.g. vanban list --db ${file}), then serve it`,
      );
    }
    return new SqliteStore(db);
  } catch (err) {
    db.close();
    throw err;
  }
}
