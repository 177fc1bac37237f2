import { describe, expect, it } from 'vitest';
import type { BundleManifest } from './bundle-manifest.ts';
import { groupChunks } from './group-chunks.ts';

const manifest: BundleManifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['board.tsx', 'search.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  'board.tsx': { file: 'assets/board.js', imports: ['index.html', '_react.js', '_dnd.js', '_limits.js'] },
  'search.tsx': { file: 'assets/search.js', imports: ['index.html', '_limits.js'] },
  '_dnd.js': { file: 'assets/dnd.js', imports: ['_react.js'] },
  '_limits.js': { file: 'assets/limits.js' },
  '_board.css': { file: 'assets/board.css' },
};

describe('chunk groups', () => {
  const groups = groupChunks(manifest, 'index.html', ['board.tsx']);

  it('when chunks are the entry or its static imports, then they are initial', () => {
    expect(groups.get('assets/index.js')).toBe('initial');
    expect(groups.get('assets/react.js')).toBe('initial');
  });

  it('when the board page or its imports add chunks, then those are the board route, even if other pages share them', () => {
    expect(groups.get('assets/react.js')).toBe('initial');
    expect(groups.get('assets/board.js')).toBe('board route');
    expect(groups.get('assets/dnd.js')).toBe('board route');
    expect(groups.get('assets/limits.js')).toBe('board route');
  });

  it('when a chunk is neither, then it is other lazy', () => {
    expect(groups.get('assets/search.js')).toBe('other lazy');
  });

  it('when a manifest entry is not JavaScript, then it is left out', () => {
    expect(groups.has('assets/board.css')).toBe(false);
    expect(groups.size).toBe(6);
  });
});
