// GraphQL Code Generator: types for the example's operations, from the committed schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["docs/examples/progress-summary.ts"],
  generates: {
    "docs/examples/generated/": {
      preset: "client",
      config: {
        scalars: { Decimal: "string", LocalDate: "string", DateTimeISO: "string", JSON: "unknown" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
