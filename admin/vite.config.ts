import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialSizeReport } from './build/initial-size';

export default defineConfig({
  // The first page's JavaScript is reported on every build and held under a budget (gzip kB).
  plugins: [react(), initialSizeReport({ budgetKb: Number(process.env.INITIAL_JS_BUDGET_KB ?? 420) })],
  server: {
    port: 5173,
    // `npm run dev -w admin` against a server on :4000
    proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Vendor code that every page needs, cached separately from the app's own code.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'react';
          if (/node_modules\/@mui\//.test(id) || /node_modules\/@emotion\//.test(id)) return 'mui';
          if (/node_modules\/(react-admin|ra-core|ra-ui-materialui|ra-i18n-polyglot|ra-language-|@tanstack|react-hook-form|node-polyglot|lodash)/.test(id)) return 'react-admin';
          return undefined;
        },
      },
    },
  },
});
