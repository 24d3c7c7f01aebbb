import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** The Vue app: root web/, output web/dist (served by the API server at /), /graphql proxied in dev. */
export default defineConfig({
  root: webRoot,
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      // The API server of `npm run dev` (PORT, 4000 by default).
      '/graphql': { target: `http://localhost:${process.env.PORT || 4000}`, changeOrigin: false },
    },
  },
});
