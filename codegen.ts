import type { CodegenConfig } from '@graphql-codegen/cli';

const typesConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string' },
};

/** Typed documents for the tests and the console, generated from `schema.graphql`. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**', '!test/fixtures/**'],
      preset: 'client',
      config: typesConfig,
      presetConfig: { fragmentMasking: false },
    },
    // The console sends documents as strings, so its bundle needs no GraphQL parser or printer.
    'console/generated/': {
      documents: ['console/**/*.ts', '!console/generated/**'],
      preset: 'client',
      config: { ...typesConfig, documentMode: 'string' },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
