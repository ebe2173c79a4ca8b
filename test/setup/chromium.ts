import { chromium, type Browser } from 'playwright-core';

// Debian's chromium (`.ci/run` installs it; CHROMIUM_PATH overrides), headless, with the flags
// that keep it off the network this machine lacks. The browser tests and bench/ui.ts share it.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
