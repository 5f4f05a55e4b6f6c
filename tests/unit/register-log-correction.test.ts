/**
 * A wrongly transcribed date of issue is corrected by a logged `corrected` event, never by
 * rewriting the `issued` event: the replay carries the corrected date, the chain stays whole,
 * and a correction that corrects nothing, names no reason or an unissued code is refused.
 */
import { describe, expect, it } from 'vitest';
import { chainEvents, replayLog, type EventBody, type RegisterEvent } from '../../src/node/register-log.ts';

const AT = '2026-11-26T08:00:00Z';
const issued: EventBody = { code: 'K7P2D5X9', event: 'issued', sha256: null, number: '627/KH-SNgV', issued: '2025-04-17' };
const reason = { vi: 'Ngày trong bản quét không đọc được.' };
const replay = (events: RegisterEvent[]) => replayLog({ events, lines: events.map((_, i) => i + 1), problems: [] });

describe('corrected events', () => {
  it('replace the registered date of issue, with a reason, keeping the chain', () => {
    const log = chainEvents([], [issued, { code: 'K7P2D5X9', event: 'corrected', issued: '2025-04', reason }], AT);
    const r = replay(log);
    expect(r.problems).toEqual([]);
    expect(r.states.get('K7P2D5X9')?.issued).toMatchObject({ issued: '2025-04', number: '627/KH-SNgV' });
  });

  it.each([
    ['an unissued code', { code: 'M3Q8R4T6', event: 'corrected', issued: '2026-03', reason }, 'never issued'],
    ['no change', { code: 'K7P2D5X9', event: 'corrected', issued: '2025-04-17', reason }, 'must change the date'],
    ['a bad date', { code: 'K7P2D5X9', event: 'corrected', issued: '17/4/2025', reason }, 'YYYY-MM-DD, YYYY-MM or YYYY-MM-DD?'],
    ['no reason', { code: 'K7P2D5X9', event: 'corrected', issued: '2025-04' }, 'the reason'],
  ] as [string, EventBody, string][])('refuses %s', (_, body, message) => {
    const r = replay(chainEvents([], [issued, body], AT));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.en).toContain(message);
  });

  it('the real log corrects the two DDCI plans to the month their sources give', async () => {
    const { readLog } = await import('../../src/node/register-log.ts');
    const r = replayLog(readLog('content'));
    expect(r.problems).toEqual([]);
    expect(r.states.get('K7P2D5X9')?.issued?.issued).toBe('2025-04');
    expect(r.states.get('M3Q8R4T6')?.issued?.issued).toBe('2026-03');
  });
});
