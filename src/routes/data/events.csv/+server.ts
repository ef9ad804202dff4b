import { downloadResponse } from '$lib/server/data/downloads';
import type { RequestHandler } from './$types';

export const prerender = true;

/** A download the /data page lists; made by downloads.ts from the validated atlas. */
export const GET: RequestHandler = ({ url }) => downloadResponse('events.csv', url.origin);
