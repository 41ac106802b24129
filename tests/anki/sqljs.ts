import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

/** sql.js (SQLite compiled to WASM), loaded once per process from the installed package. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    const wasm = await readFile(wasmPath);
    return initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  })();
  return loading;
}
