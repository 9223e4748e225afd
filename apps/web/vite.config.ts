import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Chromium 109 is the last Chrome on Windows 7, still found in township offices (product.md
 * "Non-functional promises"): syntax is lowered to it. Libraries load in named vendor chunks so a
 * release changes few files; each module's pages and ECharts are separate lazy chunks.
 */
const VENDOR_GROUPS: { name: string; test: RegExp; priority: number }[] = [
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 40 },
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  { name: 'vendor-query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 30 },
  { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/, priority: 30 },
  { name: 'vendor-zod', test: /node_modules[\\/]zod[\\/]/, priority: 30 },
];

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'chrome109',
    cssTarget: 'chrome109',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        // @yifa/domain and zod have no import-time side effects; saying so lets the bundler drop the
        // schemas and calendar code a chunk does not use (the login page needs only the error catalogue).
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/]domain[\\/]src[\\/]|[\\/]node_modules[\\/]zod[\\/]/.test(id),
      },
      output: {
        codeSplitting: {
          groups: VENDOR_GROUPS,
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
