import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of the processes this script started (Chromium and its renderers), sampled. */
export interface MemorySample {
	/** Sum of VmRSS over every descendant process, bytes. */
	total: number;
	/** The largest single process (the renderer running the page and its workers), bytes. */
	largest: number;
}

function processes(): { pid: number; ppid: number }[] {
	const out: { pid: number; ppid: number }[] = [];
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			// The command name is in parentheses and may hold spaces: fields follow the last ')'.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			out.push({ pid: Number(d), ppid });
		} catch {
			// the process ended while listing
		}
	}
	return out;
}

function rss(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** Resident memory of every descendant of this Node process (Linux /proc). */
export function sampleMemory(): MemorySample {
	const all = processes();
	const mine = new Set([process.pid]);
	for (let grew = true; grew;) {
		grew = false;
		for (const p of all)
			if (mine.has(p.ppid) && !mine.has(p.pid)) {
				mine.add(p.pid);
				grew = true;
			}
	}
	mine.delete(process.pid);
	let total = 0;
	let largest = 0;
	for (const pid of mine) {
		const r = rss(pid);
		total += r;
		largest = Math.max(largest, r);
	}
	return { total, largest };
}

/** Samples every `everyMs` until `stop()`, which returns the peaks seen. */
export function watchMemory(everyMs = 100): { stop(): MemorySample } {
	const peak: MemorySample = sampleMemory();
	const timer = setInterval(() => {
		const s = sampleMemory();
		peak.total = Math.max(peak.total, s.total);
		peak.largest = Math.max(peak.largest, s.largest);
	}, everyMs);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		}
	};
}
