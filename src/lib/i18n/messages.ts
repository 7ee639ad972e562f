import { en } from './en';
import type { Locale } from './format';
import { id, type MessageKey } from './id';

/** Every message of every UI language, by key. */
export const messages: Record<Locale, Record<MessageKey, string>> = { id, en };
