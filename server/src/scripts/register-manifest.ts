// `npm run keys:register-manifest -w server -- <apiKeyId> <manifest.json>`: registers a dashboard's
// trusted documents (graphql-codegen's persisted-documents.json, `{ "<sha256>": "<document>" }`)
// for an API key, so a key limited to its operations can run them. Each document is validated
// against the schema and must be a query; hashes already registered are kept.
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { registerManifest } from '../modules/apikey/apikey.manifest.ts';
import { createSchema } from '../schema.ts';
import { DomainError, InputErrors } from '../shared/errors.ts';

const [apiKeyId, file] = process.argv.slice(2);
if (!apiKeyId || !file) {
  console.error('usage: npm run keys:register-manifest -w server -- <apiKeyId> <manifest.json>');
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
// npm runs a workspace's script in its folder: a relative path is the caller's (INIT_CWD, set by npm).
const manifest = await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
const db = await openDatabase(config, logger);
try {
  const { registered, total } = await registerManifest(db.orm.em.fork(), await createSchema(), apiKeyId, manifest);
  console.log(`${total} documents in the manifest, ${registered} newly registered for API key ${apiKeyId}`);
} catch (e) {
  if (e instanceof InputErrors) for (const p of e.problems) console.error(p.message);
  else console.error(e instanceof DomainError || e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.close();
}
