/** Debian's Chromium: browsers cannot be downloaded on this machine, so every browser check here drives this one. */
export const systemChromium = '/usr/bin/chromium';

/** Flags for a shared, offline box: headless, no sandbox or GPU, and no background traffic to Google. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
