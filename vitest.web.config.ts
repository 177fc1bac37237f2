import { defineConfig, mergeConfig } from 'vitest/config';
import shared from './vitest.config.ts';

// For web projects with component tests: the shared config plus a DOM and the jest-dom matchers.
export default mergeConfig(
  shared,
  defineConfig({ test: { environment: 'jsdom', setupFiles: ['tools/testing/dom-setup.ts'] } }),
);
