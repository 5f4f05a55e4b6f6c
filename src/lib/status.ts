/**
 * How a status looks: a tone for colour and an icon, so colour is never the only signal
 * (the words are always printed too).
 */
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

const TONES: Record<string, Tone> = {
  'in-force': 'ok',
  active: 'ok',
  valid: 'ok',
  scheduled: 'ok',
  upcoming: 'warn',
  signed: 'warn',
  negotiating: 'warn',
  superseded: 'warn',
  completed: 'neutral',
  expired: 'bad',
  terminated: 'bad',
  cancelled: 'bad',
  revoked: 'bad',
};

const ICONS: Record<Tone, string> = { ok: '✓', warn: '!', bad: '✕', neutral: '•' };

export function statusTone(status: string): Tone {
  return TONES[status] ?? 'neutral';
}

export function statusIcon(status: string): string {
  return ICONS[statusTone(status)];
}

/** Statuses that mean "do not rely on this any more": said before the title in search results. */
export const NOT_IN_EFFECT: readonly string[] = ['revoked', 'superseded', 'expired', 'terminated', 'cancelled'];
