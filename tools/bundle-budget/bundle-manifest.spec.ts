import { describe, expect, it } from 'vitest';
import { keyOfSource, staticClosure, type BundleManifest } from './bundle-manifest.ts';

const manifest: BundleManifest = {
  'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true, imports: ['_react.js'], dynamicImports: ['page.tsx'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_react.js': { file: 'assets/react.js', imports: ['_runtime.js'] },
  'page.tsx': { file: 'assets/page.js', src: 'page.tsx', isDynamicEntry: true, imports: ['index.html', '_dnd.js'] },
  '_dnd.js': { file: 'assets/dnd.js', imports: ['_react.js'] },
};

describe('static closure', () => {
  it('when a chunk imports chunks that import others, then all of them are in, transitively', () => {
    expect(staticClosure(manifest, ['index.html'])).toEqual(new Set(['index.html', '_react.js', '_runtime.js']));
  });

  it('when a chunk imports another dynamically, then that one is not in', () => {
    expect(staticClosure(manifest, ['index.html']).has('page.tsx')).toBe(false);
  });

  it('when imports form a cycle, then each chunk is visited once', () => {
    expect(staticClosure(manifest, ['page.tsx'])).toEqual(
      new Set(['page.tsx', 'index.html', '_react.js', '_runtime.js', '_dnd.js']),
    );
  });

  it('when a key is not in the manifest, then it says which', () => {
    expect(() => staticClosure(manifest, ['missing.tsx'])).toThrow('the build manifest has no chunk "missing.tsx"');
  });
});

describe('key of a source', () => {
  it('when a chunk was built from the source, then its key is returned', () => {
    expect(keyOfSource(manifest, 'page.tsx')).toBe('page.tsx');
  });

  it('when no chunk was built from the source (a page renamed), then it fails instead of measuring nothing', () => {
    expect(() => keyOfSource(manifest, 'renamed.tsx')).toThrow('the build manifest has no chunk built from renamed.tsx');
  });
});
