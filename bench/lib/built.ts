// Benchmarks run the gateway compiled into `build/`, as `npm start` does. Under tsx, esbuild's
// `keepNames` gives each function its own `name` property, so V8 keeps its properties in a dictionary.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let built = false;

/** Compiles `src/` into `build/` with `tsconfig.build.json`, once per process. */
export function buildGateway(): void {
  if (built) {
    return;
  }
  process.stderr.write('compiling src/ into build/ (tsc -p tsconfig.build.json)\n');
  execFileSync(process.execPath, [tscPath(), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  built = true;
}

/**
 * Imports `build/<path>`, typed as the source module it was compiled from, for example
 * `importBuilt<typeof import('../../src/gateway.js')>('gateway.js')`.
 */
export async function importBuilt<T>(path: string): Promise<T> {
  return (await import(new URL(`../../build/${path}`, import.meta.url).href)) as T;
}

function tscPath(): string {
  return fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
}
