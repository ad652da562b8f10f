// Bundles the console page script into dist/console/console.js.
import { buildConsoleBundle, CONSOLE_BUNDLE_PATH } from '../src/console/bundle.js';

const text = await buildConsoleBundle();
process.stdout.write(`Built ${CONSOLE_BUNDLE_PATH} (${Math.round(text.length / 1024)} KiB)\n`);
