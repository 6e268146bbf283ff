// GraphQL Code Generator: the admin's operation types and documents, from the committed schema.
// `npm run admin:codegen` writes admin/src/generated/; CI fails when it is stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["admin/src/**/*.{ts,tsx}", "!admin/src/generated/**"],
  generates: {
    "admin/src/generated/": {
      preset: "client",
      config: {
        scalars: { Decimal: "string", LocalDate: "string", DateTimeISO: "string", JSON: "unknown" },
        // Documents are sent as text: no GraphQL parser or printer in the panel for them.
        documentMode: "string",
        // Enums as objects too: the panel reads their values (sortable fields, permissions).
        enumType: "const",
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
    // The schema's object types (the client preset writes only its operations' types): records
    // read through react-admin (useRecordContext, useGetOne) are typed as Pick<Type, …> of these.
    "admin/src/generated/schema.ts": {
      plugins: ["typescript"],
      config: {
        scalars: { Decimal: "string", LocalDate: "string", DateTimeISO: "string", JSON: "unknown" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
