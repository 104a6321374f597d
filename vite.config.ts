import { defineConfig } from 'vite';
import { rendererConfig } from './scripts/renderer-config';

// The renderer alone, for the web host (`npm run web`) and the e2e tests.
export default defineConfig(rendererConfig());
