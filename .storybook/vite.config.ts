// Storybook's own Vite config: the library build settings (lib mode, two targets) do not apply here.
import { defineConfig } from 'vite';

export default defineConfig({
  define: { __PT_VERSION__: JSON.stringify('storybook') },
  build: { chunkSizeWarningLimit: 2000 },
});
