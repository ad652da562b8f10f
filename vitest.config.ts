import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the packages that import it; source files must use
    // the same instance, or graphql-js rejects the schema as coming from another realm.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Real servers and WebRTC participants share two cores; files run one at a time.
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default'],
    // @livekit/rtc-node logs at debug level unless NODE_ENV is production.
    env: { NODE_ENV: 'production' },
  },
});
