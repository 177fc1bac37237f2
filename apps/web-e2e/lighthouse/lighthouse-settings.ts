/** How every Lighthouse run is made. The targets it is judged against are in lighthouse-targets.ts. */
import { chromiumLaunch } from '@brisk/shared-util-lab';

const launch = chromiumLaunch();

/** No puppeteer and no browser of Lighthouse's own: nothing can be downloaded here. */
export const chromePath = launch.executablePath ?? '/usr/bin/chromium';

/** lhci appends `--headless=new`, the mode Lighthouse needs (what `--headless` means in this Chromium anyway). */
export const chromeFlags = launch.args.join(' ');

/** Each run is a fresh Chromium profile, so each is a first visit with a cold cache. Median of 5 (PERFORMANCE.md rule 2). */
export const numberOfRuns = 5;

export const formFactors = ['desktop', 'mobile'] as const;

export type FormFactorName = (typeof formFactors)[number];

/** Lighthouse settings per form factor: the desktop preset, and Lighthouse's defaults (a mid-range phone on slow 4G, 4x CPU slowdown, simulated). */
export const formFactorSettings: Record<FormFactorName, Record<string, unknown>> = {
  desktop: { preset: 'desktop' },
  mobile: {},
};

/** The demo account the API seeds with BRISK_SEED_DEMO=true (apps/api/src/seed/demo-board.ts). */
export const demoAccount = { email: 'demo@brisk.local', password: 'brisk-demo', boardName: 'Demo board' } as const;

export interface Page {
  name: string;
  path: string;
}

export function pagesToMeasure(demoBoardId: string, demoCardCount: number): Page[] {
  return [
    { name: 'boards list', path: '/' },
    { name: `${demoCardCount}-card board`, path: `/b/${demoBoardId}` },
  ];
}
