import {
	closeSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const cleanups = new Set<() => void>();
let hooked = false;

function runCleanups(): void {
	for (const c of [...cleanups].reverse()) {
		try {
			c();
		} catch {
			// Best effort: one failed removal must not keep the others from running.
		}
	}
	cleanups.clear();
}

function hook(): void {
	if (hooked) return;
	hooked = true;
	process.on('exit', runCleanups);
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129]
	] as const)
		process.on(signal, () => {
			runCleanups();
			process.exit(code);
		});
}

/**
 * Registers a clean-up that runs when `release` is called, or on exit, Ctrl-C (SIGINT), SIGTERM
 * or SIGHUP, whichever comes first; returns `release`.
 */
export function onCleanup(fn: () => void): () => void {
	hook();
	cleanups.add(fn);
	return () => {
		if (!cleanups.delete(fn)) return;
		fn();
	};
}

/** A private temporary folder (mode 0700), removed on release, exit or interruption. */
export function privateTempDir(prefix = 'jemput-bola-import-'): { dir: string; release(): void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return { dir, release: onCleanup(() => rmSync(dir, { recursive: true, force: true })) };
}

/** Another import holds the lock on the output. */
export class LockHeld extends Error {}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes `<out>.lock` (created exclusively, holding our pid) so two imports never write one output
 * at once. A lock left by a process that no longer runs is taken over.
 */
export function lockOutput(out: string): () => void {
	const path = `${out}.lock`;
	mkdirSync(dirname(out), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return onCleanup(() => rmSync(path, { force: true }));
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const pid = Number(readFileSync(path, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && alive(pid))
				throw new LockHeld(
					`another import (process ${pid}) is writing ${out}; wait for it to finish (or remove ${path} if it is gone)`
				);
			rmSync(path, { force: true });
		}
	}
	throw new LockHeld(`could not lock ${out}`);
}
