import reactHooks from 'eslint-plugin-react-hooks';
import rootConfig from '../../eslint.config.js';

/** The repository's rules, plus the rules of hooks for the console; generated GraphQL types are not linted. */
export default [
  ...rootConfig,
  { ignores: ['src/graphql/generated/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
];
