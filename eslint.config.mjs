// Lint: typescript-eslint's type-aware rules, errors on floating promises.
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "jest.config.js",
      "docs/examples/generated/**",
      "dist/**",
      "data/**",
      "node_modules/**",
      "admin/**",
      "coverage/**",
      "test-artifacts/**",
      "*.mjs",
      "test/bench/*.mjs",
      "*.cjs",
      // Plain JavaScript run without a build: the smoke test under another Node, a preload.
      "test/smoke/*.mjs",
      "test/helpers/*.cjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { arguments: false } },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
