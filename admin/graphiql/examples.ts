// The example queries GraphiQL opens with: the files in examples/, the same ones the README shows
// (a server test runs each of them and checks the README quotes them).
const files = import.meta.glob('./examples/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const EXAMPLES: string[] = Object.keys(files)
  .sort()
  .map((name) => files[name]);
