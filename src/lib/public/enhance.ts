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
	const fold = (s: string) =>
		s
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase();
	let index: Promise<[string, string, string, string][]> | null = null;
	const run = async () => {
		const q = fold(input.value.trim());
		list.replaceChildren();
		if (q.length < 2) {
			status.textContent = '';
			return;
		}
		index ??= fetch(form.dataset.src!).then((r) => r.json());
		const hits = (await index).filter((v) => fold(v[1]).includes(q));
		if (fold(input.value.trim()) !== q) return;
		hits.sort((a, b) => Number(!fold(a[1]).startsWith(q)) - Number(!fold(b[1]).startsWith(q)));
		for (const [code, name, district, regency] of hits.slice(0, 50)) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = form.dataset.prefix + code + '/';
			a.textContent = name;
			li.append(a, ` — ${district}, ${regency}`);
			list.append(li);
		}
		status.textContent = hits.length
			? (form.dataset.found ?? '{n}').replace('{n}', String(hits.length))
			: (form.dataset.none ?? '');
	};
	input.addEventListener('input', () => void run());
	if (input.value) void run();
}
