/**
 * Records every read a Dexie database sends to IndexedDB (a DBCore middleware), so a test can
 * show that a repository function uses an index and loads only the rows it answers with.
 * Install before the database is opened.
 */
import type Dexie from 'dexie';

/** One read: which table and index (null: the primary key), whether rows (values) or only keys were read, and how many. */
export interface CoreRead {
  table: string;
  op: 'get' | 'getMany' | 'query' | 'openCursor' | 'count';
  index: string | null;
  values: boolean;
  /** For `query` and `getMany`: how many results came back. */
  results?: number;
  /** For index reads: the bounds of the key range. */
  range?: { lower: unknown; upper: unknown };
}

/** Starts recording; returns the live log (clear it with `log.length = 0`). */
export function logReads(db: Dexie): CoreRead[] {
  const log: CoreRead[] = [];
  db.use({
    stack: 'dbcore',
    name: 'kantlijn-test-read-log',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => {
            log.push({ table: name, op: 'get', index: null, values: true });
            return table.get(req);
          },
          getMany: async (req) => {
            const result = await table.getMany(req);
            log.push({ table: name, op: 'getMany', index: null, values: true, results: result.length });
            return result;
          },
          query: async (req) => {
            const response = await table.query(req);
            const { lower, upper } = req.query.range;
            log.push({
              table: name,
              op: 'query',
              index: req.query.index.name,
              values: req.values === true,
              results: response.result.length,
              range: { lower, upper },
            });
            return response;
          },
          openCursor: (req) => {
            const { lower, upper } = req.query.range;
            log.push({ table: name, op: 'openCursor', index: req.query.index.name, values: req.values === true, range: { lower, upper } });
            return table.openCursor(req);
          },
          count: (req) => {
            log.push({ table: name, op: 'count', index: req.query.index.name, values: false });
            return table.count(req);
          },
        };
      },
    }),
  });
  return log;
}
