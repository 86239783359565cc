// GraphiQL served by the server at /graphiql, built from the project's own dependencies (no CDN:
// it works offline). The schema comes from the build (schema/schema.graphql), so the editor
// completes and checks queries even where introspection is turned off.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import sdl from '../../schema/schema.graphql?raw';
import { EXAMPLES } from './examples';
import { fetcher } from './fetcher';

const schema = buildSchema(sdl);

const HELP = `# ASN Merit GraphQL API
#
# Signed in to the panel in this browser? Your login is used.
# With an API key, open the Headers tab below and send:
#   { "X-API-Key": "asnk_..." }
# The other tabs hold the README's example queries.
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={HELP} defaultTabs={[{ query: HELP }, ...EXAMPLES.map((query) => ({ query }))]} shouldPersistHeaders={false} />
  </StrictMode>,
);
