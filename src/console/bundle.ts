import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Sources of the console page: `index.html`, `console.css` and the TypeScript it runs. */
export const CONSOLE_SOURCE_DIR = fileURLToPath(new URL('../../console/', import.meta.url));

/** The bundled script, built from `console/main.ts`; the folder is not committed. */
export const CONSOLE_BUNDLE_PATH = fileURLToPath(
  new URL('../../dist/console/console.js', import.meta.url),
);

/**
 * Bundles `console/main.ts` and everything it imports (graphql-ws included) into one ES module
 * at `CONSOLE_BUNDLE_PATH`, and returns its text. esbuild is a development dependency, so an
 * install without dev dependencies must build the bundle beforehand (`npm run build:console`).
 */
export async function buildConsoleBundle(): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      `The console bundle ${CONSOLE_BUNDLE_PATH} is missing or stale and esbuild is not ` +
        'installed to build it. Run `npm run build:console` where dev dependencies are installed.',
    );
  }
  const result = await esbuild.build({
    entryPoints: [join(CONSOLE_SOURCE_DIR, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outfile: CONSOLE_BUNDLE_PATH,
    legalComments: 'eof',
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  // Written to a temporary name first, so a concurrent reader never sees half a file.
  await mkdir(dirname(CONSOLE_BUNDLE_PATH), { recursive: true });
  const temporary = `${CONSOLE_BUNDLE_PATH}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, CONSOLE_BUNDLE_PATH);
  return text;
}

/** Returns the bundle, building it first when it is missing or older than a TypeScript source. */
export async function loadConsoleBundle(): Promise<string> {
  const built = await stat(CONSOLE_BUNDLE_PATH).catch(() => undefined);
  if (built && built.mtimeMs >= (await newestSourceTime(CONSOLE_SOURCE_DIR))) {
    return readFile(CONSOLE_BUNDLE_PATH, 'utf8');
  }
  return buildConsoleBundle();
}

/** The latest modification time of a `.ts` file under `dir`, in milliseconds; 0 without any. */
async function newestSourceTime(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      const { mtimeMs } = await stat(join(entry.parentPath, entry.name));
      newest = Math.max(newest, mtimeMs);
    }
  }
  return newest;
}
