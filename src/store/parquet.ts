// Parquet through DuckDB: rows are spooled to a temporary JSON Lines file (constant memory), then DuckDB
// reads it with the declared column types and writes one Parquet file.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/index.js';

export type ParquetType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';

export async function writeParquet(
  rows: AsyncIterable<Record<string, unknown>>,
  columns: Record<string, ParquetType>,
  out: string,
): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'dyad-parquet-'));
  const spool = join(dir, 'rows.jsonl');
  let count = 0;
  try {
    const file = createWriteStream(spool);
    for await (const row of rows) {
      const picked: Record<string, unknown> = {};
      for (const name of Object.keys(columns)) picked[name] = row[name] ?? null;
      if (!file.write(`${JSON.stringify(picked)}\n`)) await once(file, 'drain');
      count++;
    }
    file.end();
    await once(file, 'finish');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const spec = Object.entries(columns)
      .map(([name, type]) => `'${name}': '${type}'`)
      .join(', ');
    const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;
    try {
      await connection.run(
        `COPY (SELECT * FROM read_json(${quote(spool)}, format = 'newline_delimited', columns = {${spec}}))
         TO ${quote(out)} (FORMAT PARQUET, COMPRESSION ZSTD)`,
      );
    } catch (cause) {
      throw new DyadError(
        'store',
        'bad_input',
        `expected to write Parquet to ${out}, found: ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause },
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    return count;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
