import type { APIRoute } from 'astro';
import { appleTouchIconSize, siteIconPng } from '../site/site-icon.ts';

/** /apple-touch-icon.png: the icon of the site on an iPhone's home screen (Base.astro links it). */
export const GET: APIRoute = () => new Response(siteIconPng(appleTouchIconSize), { headers: { 'Content-Type': 'image/png' } });
