import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../open-data/schema.ts';
import { urls } from '../../site/urls.ts';

/** The JSON Schema of /data/<year>.json, generated from the same zod schema the tests check. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(new URL(urls.dataSchema(), site).href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
