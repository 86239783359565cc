// Generates the admin's TypeScript types and typed documents from the committed schema
// (schema/schema.graphql) and the admin's .graphql documents. Never edit admin/src/gql by hand.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['admin/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings: the panel needs no GraphQL runtime and no introspection.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { LocalDate: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
