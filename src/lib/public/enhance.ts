/**
 * The only script of the public pages, inlined into each page as `(${enhance})()`: it must
 * reference nothing outside its own body. Pages work without it; with it, the share button
 * appears and the index page's village search works. Values from data become text, never HTML.
 */
export function enhance(): void {
	for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
		b.hidden = false;
		b.addEventListener('click', async () => {
			const url = location.href;
			try {
				if (navigator.share) await navigator.share({ title: document.title, url });
				else {
					await navigator.clipboard.writeText(url);
					b.textContent = b.dataset.copied ?? url;
				}
			} catch {
				// Share sheet dismissed or clipboard refused: nothing to do.
			}
		});
	}
	const form = document.querySelector<HTMLFormElement>('form[data-search]');
	const input = form?.querySelector('input');
	const list = form?.querySelector('ul');
	const status = form?.querySelector('[role=status]');
	if (!form || !input || !list || !status) return;
	form.hidden = false;
	form.addEventListener('submit', (e) => e.preventDefault());
	// Same folding as `foldName` (search-index.ts); this function may not import it.
	const fold = (s: string) =>
		s
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	type Shard = { areas: Record<string, string>; villages: [string, string][] };
	const shards = new Map<string, Promise<Shard>>();
	const run = async () => {
		const q = fold(input.value);
		list.replaceChildren();
		// Only the shard of the first word typed is fetched (a few KB, not every village).
		const key = q
			.split(' ')
			.find((w) => w.length >= 2)
			?.slice(0, 3);
		if (!key) {
			status.textContent = '';
			return;
		}
		let shard = shards.get(key);
		if (!shard) {
			shard = fetch(`${form.dataset.src}${key}.json`).then((r) =>
				r.ok ? r.json() : { areas: {}, villages: [] }
			);
			shards.set(key, shard);
		}
		const { areas, villages } = await shard;
		if (fold(input.value) !== q) return;
		const hits = villages.filter((v) => ` ${fold(v[1])}`.includes(` ${q}`));
		hits.sort((a, b) => Number(!fold(a[1]).startsWith(q)) - Number(!fold(b[1]).startsWith(q)));
		for (const [code, name] of hits.slice(0, 50)) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = form.dataset.prefix + code + '/';
			a.textContent = name;
			li.append(a, ` — ${areas[code.slice(0, 8)] ?? ''}, ${areas[code.slice(0, 5)] ?? ''}`);
			list.append(li);
		}
		status.textContent = hits.length
			? (form.dataset.found ?? '{n}').replace('{n}', String(hits.length))
			: (form.dataset.none ?? '');
	};
	input.addEventListener('input', () => void run());
	if (input.value) void run();
}
