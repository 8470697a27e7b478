import type { APIRoute } from 'astro';
import { faviconSize, siteIconPng } from '../site/site-icon.ts';

/** /favicon.png: the icon of browser tabs and bookmarks (Base.astro links it). */
export const GET: APIRoute = () => new Response(siteIconPng(faviconSize), { headers: { 'Content-Type': 'image/png' } });
