import { defineConfig } from 'vitest/config';
import { outlinePlugin } from './build/outline-plugin.ts';

// The Spring app serves the built page from the jar: Maven copies dist/ into target/classes/static.
// During `npm run dev`, API calls go to a locally running app.
export default defineConfig({
  plugins: [outlinePlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // two pages: the explorer, and the sign-in page the server shows before anyone is signed in
    rollupOptions: { input: { main: 'index.html', signin: 'signin.html' } },
  },
  server: {
    // The app to send API calls to while developing (default: `mvn spring-boot:run` on port 8080).
    proxy: Object.fromEntries(['/api', '/signin', '/signout', '/oauth2', '/login'].map((path) => [path, process.env.CONCORDAT_API ?? 'http://localhost:8080'])),
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
