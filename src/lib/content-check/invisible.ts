/**
 * Characters a reader cannot see but a browser acts on: zero-width characters split or
 * join words so that search, ids and comparisons see something other than the reader,
 * and bidirectional controls reorder what is displayed ("Trojan Source"). Vietnamese,
 * Chinese and English text needs none of them, nor any control character but tab and
 * line break.
 */
import { say, type Saying } from './messages.ts';

const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/u;

/** Names of the characters, for messages (the editor cannot see them, so name them). */
function describe(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp >= 0x202a && cp <= 0x202e) return `${hex} (bidirectional override)`;
  if (cp >= 0x2066 && cp <= 0x2069) return `${hex} (bidirectional isolate)`;
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return `${hex} (direction mark)`;
  if (cp === 0xfeff) return `${hex} (zero-width no-break space / byte-order mark)`;
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060) return `${hex} (zero-width character)`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `${hex} (control character)`;
  return `${hex} (invisible character)`;
}

/** The first invisible character in `text` and its index, or undefined. */
export function findInvisible(text: string): { index: number; name: string } | undefined {
  const m = INVISIBLE.exec(text);
  return m ? { index: m.index, name: describe(m[0]) } : undefined;
}

export function invisibleMessage(name: string): Saying {
  return say('text.invisible', { name });
}
