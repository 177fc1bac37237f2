import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// Pages are lazy route chunks; on a busy CI machine their first import can take longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });
