// One lint setup for the whole repository (app, server, grader, scripts, tests).
// The import boundaries between them are checked by test/boundaries.test.ts.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      ".next/**",
      ".data/**",
      "generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "grader/.bench/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
