import { describe, expect, it } from 'vitest';
import { siteLinks } from './site-url';

describe('siteLinks', () => {
	it('is null without PUBLIC_SITE_URL, so pages leave og:url and og:image out', () => {
		expect(siteLinks({})).toBeNull();
		expect(siteLinks({ PUBLIC_SITE_URL: ' ' })).toBeNull();
	});

	it('takes the origin and adds the base path to the image', () => {
		expect(
			siteLinks({ PUBLIC_SITE_URL: 'https://data.example.go.id/', BASE_PATH: '/jemput-bola' })
		).toEqual({
			origin: 'https://data.example.go.id',
			image: 'https://data.example.go.id/jemput-bola/public/og.png'
		});
		expect(() => siteLinks({ PUBLIC_SITE_URL: 'ftp://x' })).toThrow();
	});
});
