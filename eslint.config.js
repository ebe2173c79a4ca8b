// `npm run lint`: ESLint's and typescript-eslint's recommended rules, without type information
// so it runs in seconds. Layout is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['data/', 'test-artifacts/', 'neo4j-launcher/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    rules: {
      // `const { title: _title, ...attrs } = entity.attrs` is how we leave a property out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
