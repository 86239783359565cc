import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL, built into dist/graphiql/ beside the panel; the server serves it at /graphiql.
export default defineConfig({
  root: 'graphiql',
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: '../dist/graphiql',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});
