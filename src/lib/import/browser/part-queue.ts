/** One staged batch for the engine: the table it goes into, and its Arrow IPC stream. */
export interface StagePart {
	name: string;
	bytes: Uint8Array;
}

/**
 * Staged batches on their way from the import worker to the engine, read once with `for await`:
 * parts wait here until the engine takes them; `end()` closes the queue, `fail(e)` makes the
 * reader throw `e` (the files had problems, or the check was cancelled) once it gets there.
 */
export class PartQueue implements AsyncIterable<StagePart> {
	private readonly parts: StagePart[] = [];
	private done = false;
	private error: unknown = null;
	private wake: (() => void) | null = null;

	/** Adds a part. */
	push(part: StagePart): void {
		this.parts.push(part);
		this.notify();
	}

	/** No more parts will come. */
	end(): void {
		this.done = true;
		this.notify();
	}

	/** The parts stop with `error`. */
	fail(error: unknown): void {
		this.error ??= error;
		this.parts.length = 0;
		this.end();
	}

	private notify(): void {
		const w = this.wake;
		this.wake = null;
		w?.();
	}

	async *[Symbol.asyncIterator](): AsyncIterator<StagePart> {
		for (;;) {
			if (this.error !== null) throw this.error;
			const next = this.parts.shift();
			if (next) yield next;
			else if (this.done) return;
			else await new Promise<void>((r) => (this.wake = r));
		}
	}
}
