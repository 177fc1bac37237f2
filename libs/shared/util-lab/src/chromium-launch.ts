/** What `chromium.launch()` needs to drive Chromium on these machines; the same for the E2E, the bench and perf-lab. */
export interface ChromiumLaunch {
  executablePath?: string;
  args: string[];
}

/**
 * Browser downloads are impossible here, so Debian's Chromium (`/usr/bin/chromium`) is driven unless BRISK_CHROMIUM names
 * another binary (`bundled`: Playwright's own). The network is closed: without these flags Chromium keeps calling home.
 */
export function chromiumLaunch(env: NodeJS.ProcessEnv = process.env): ChromiumLaunch {
  const chromium = env['BRISK_CHROMIUM'] ?? '/usr/bin/chromium';
  return {
    ...(chromium === 'bundled' ? {} : { executablePath: chromium }),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
