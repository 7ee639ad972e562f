import { initialProgress, type LoadProgress, type LoadStep, type StepProgress } from './progress';

// The start-up's progress, step by step, told to every subscriber (the load progress bar).

type Listener = (p: LoadProgress) => void;
const listeners = new Set<Listener>();
let last: LoadProgress = initialProgress();

/** Reports the progress of one step. */
export function report(step: LoadStep, p: StepProgress): void {
	last = { ...last, [step]: p };
	for (const l of listeners) l(last);
}

/** Marks a step done, keeping its bytes. */
export function reportDone(step: LoadStep): void {
	report(step, { ...last[step], done: true });
}

/** A new engine's start: data and attach anew; the engine's own progress goes on (it may have started before). */
export function restartReport(): void {
	last = { ...initialProgress(), engine: last.engine };
}

/** Subscribes to start-up progress; returns the unsubscribe function. */
export function onLoadProgress(l: Listener): () => void {
	listeners.add(l);
	l(last);
	return () => listeners.delete(l);
}
