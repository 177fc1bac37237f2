import type { DemoSession } from './demo-session.ts';
import { chromeFlags, chromePath, formFactorSettings, numberOfRuns, type FormFactorName, type Page } from './lighthouse-settings.ts';
import { targets } from './lighthouse-targets.ts';

/**
 * The lighthouserc of one form factor: collect and assert only. There is no upload section and nothing runs
 * `lhci upload`: the network is closed, and the reports stay on disk.
 */
export function lhciConfig(formFactor: FormFactorName, pages: readonly Page[], session: DemoSession): object {
  return {
    ci: {
      collect: {
        url: pages.map((page) => new URL(page.path, session.origin).href),
        numberOfRuns,
        chromePath,
        settings: {
          ...formFactorSettings[formFactor],
          // Only performance is judged; the other categories would just lengthen every run.
          onlyCategories: ['performance'],
          chromeFlags,
          // Sent with every request of the page, so each fresh profile is signed in without a login step (or puppeteer).
          extraHeaders: { Cookie: session.cookie },
        },
      },
      // Passed assertions too: the verdict table shows every target, not only the missed ones.
      assert: { assertions: targets[formFactor], includePassedAssertions: true },
    },
  };
}
