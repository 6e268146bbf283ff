// Lint: typescript-eslint's type-aware rules, errors on floating promises; the server, the tests,
// the docs' example and the admin (its own tsconfig, found by the project service).
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "jest.config.js",
      "docs/examples/generated/**",
      "dist/**",
      "data/**",
      "node_modules/**",
      "admin/dist/**",
      "admin/node_modules/**",
      "admin/src/generated/**",
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
