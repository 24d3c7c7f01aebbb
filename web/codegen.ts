import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web app. The schema is the SDL the server
 * emits (`npm run schema`); documents are the `graphql()` calls in web/src.
 * The output in web/src/gql is committed so a fresh clone builds without this.
 */
const config: CodegenConfig = {
  schema: 'web/schema.graphql',
  documents: ['web/src/**/*.{ts,vue}', '!web/src/gql/**/*', '!web/src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        documentMode: 'string',
      },
    },
  },
};

export default config;
