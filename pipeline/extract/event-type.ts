// Names the kind of happening a sentence reports from its words (lexicons/event-types.json, first match wins).
import { lexicon, type EventType } from './lexicons.js';

const patterns = lexicon.eventTypes.map((t) => ({
  type: t.type,
  re: new RegExp(String.raw`\b(?:${t.triggers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i'),
}));

export function eventType(sentence: string): EventType {
  return patterns.find((p) => p.re.test(sentence))?.type ?? 'other';
}
