import { z } from 'zod';

const origin = z
	.string()
	.url()
	.regex(/^https?:\/\//, 'PUBLIC_SITE_URL must start with http:// or https://');

/** Absolute addresses for link previews (Open Graph), when the site's address is known. */
export interface SiteLinks {
	/** Scheme and host the site is served from, e.g. `https://data.example.go.id`. */
	origin: string;
	/** The preview image of the public pages (`static/public/og.png`). */
	image: string;
}

/**
 * Reads `PUBLIC_SITE_URL` (the origin the built site is served from; `BASE_PATH` is added to
 * it). Unset: null, and pages carry no og:url or og:image, since a relative address is not
 * allowed there and the build cannot know where it will be served.
 */
export function siteLinks(env: Record<string, string | undefined> = process.env): SiteLinks | null {
	const raw = env.PUBLIC_SITE_URL?.trim();
	if (!raw) return null;
	const o = new URL(origin.parse(raw)).origin;
	return { origin: o, image: `${o}${env.BASE_PATH ?? ''}/public/og.png` };
}
