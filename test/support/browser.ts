import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless `CHROMIUM_PATH` names another binary. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** Launches headless Chromium through playwright-core; fails with install advice when absent. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}. Install it with ` +
        "'apt-get install -y chromium' (or run 'npm run setup' as root), or set CHROMIUM_PATH.",
    );
  }
  // Chromium refuses to start its sandbox as root.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return chromium.launch({ executablePath, args, headless: true });
}
