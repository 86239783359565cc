// Build report: how much JavaScript the browser must load before the first page shows (the entry
// chunk and everything it imports statically, gzip-compressed), against a budget. Lazy routes are
// not counted: they load when their page opens.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The parts of a bundle chunk this report reads (Rollup/Rolldown output chunks). */
export interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  code?: string;
}

export interface InitialSize {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
  lazyChunks: number;
}

/** The entry chunks and their static imports, transitively; dynamic imports are left out. */
export function initialSize(bundle: Record<string, ChunkInfo>): InitialSize {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) return;
    seen.add(name);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const c of chunks) if (c.isEntry) visit(c.fileName);
  const files = [...seen].map((file) => {
    const code = byName.get(file)?.code ?? '';
    return { file, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  });
  files.sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    lazyChunks: chunks.length - seen.size,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/**
 * Prints the initial JavaScript size after `vite build`, writes it to dist/initial-size.json, and
 * fails the build when the gzip size passes `budgetKb`.
 */
export function initialSizeReport({ budgetKb }: { budgetKb: number }): Plugin {
  return {
    name: 'asn-merit:initial-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const report = initialSize(bundle as unknown as Record<string, ChunkInfo>);
      const lines = [
        `Initial JavaScript (entry + static imports): ${kb(report.gzip)} gzip (${kb(report.bytes)} raw), budget ${budgetKb} kB; ${report.lazyChunks} chunks load on demand`,
        ...report.files.map((f) => `  ${f.file.padEnd(44)} ${kb(f.gzip).padStart(10)} gzip`),
      ];
      console.log(`\n${lines.join('\n')}\n`);
      this.emitFile({ type: 'asset', fileName: 'initial-size.json', source: `${JSON.stringify({ ...report, budgetKb }, null, 2)}\n` });
      if (report.gzip > budgetKb * 1024) this.error(`Initial JavaScript is ${kb(report.gzip)} gzip, over the ${budgetKb} kB budget: load the new code lazily (React.lazy / import()).`);
    },
  };
}
