import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialSize, type ChunkInfo } from './initial-size';

const chunk = (fileName: string, code: string, extra: Partial<ChunkInfo> = {}): ChunkInfo => ({ type: 'chunk', fileName, code, imports: [], dynamicImports: [], ...extra });

describe('initialSize', () => {
  it('counts the entry and its static imports, transitively, and leaves lazy chunks out', () => {
    const bundle = {
      'index.js': chunk('index.js', 'a'.repeat(1000), { isEntry: true, imports: ['react.js'], dynamicImports: ['Page.js'] }),
      'react.js': chunk('react.js', 'r'.repeat(500), { imports: ['shared.js'] }),
      'shared.js': chunk('shared.js', 's'.repeat(200), { imports: ['react.js'] }),
      'Page.js': chunk('Page.js', 'p'.repeat(9000), { imports: ['shared.js'] }),
      'style.css': { type: 'asset' as const, fileName: 'style.css' },
    };
    const r = initialSize(bundle);
    expect(r.files.map((f) => f.file).sort()).toEqual(['index.js', 'react.js', 'shared.js']);
    expect(r.bytes).toBe(1700);
    expect(r.gzip).toBe(['a'.repeat(1000), 'r'.repeat(500), 's'.repeat(200)].reduce((s, c) => s + gzipSync(c, { level: 9 }).length, 0));
    expect(r.lazyChunks).toBe(1);
  });
});
