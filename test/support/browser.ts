import { existsSync } from 'fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

const LAUNCH_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's chromium when installed (it has CJK fonts for readable screenshots), else the binary
 * shipped by the npm package @sparticuz/chromium, so `npm test` never needs a browser download.
 */
async function executablePath(): Promise<string> {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const specifier = '@sparticuz/chromium';
  const sparticuz = (await import(specifier)) as {
    default: { executablePath(): Promise<string> };
  };
  return sparticuz.default.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  const path = await executablePath();
  try {
    return await chromium.launch({ executablePath: path, headless: true, args: LAUNCH_FLAGS });
  } catch (err) {
    throw new Error(
      `Could not start Chromium at ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
