/** What a search result says before its title: only a status that changes what a reader can rely on. */
import { describe, expect, it } from 'vitest';
import { resultBadges } from '../../src/components/search/result-badges.ts';

describe('result badges', () => {
  it('a revoked, superseded or expired entry shows its status; a valid or in-force one does not', () => {
    expect(resultBadges({ type: ['document'], status: ['superseded'] })).toEqual({ type: 'document', status: 'superseded' });
    expect(resultBadges({ type: ['policy'], status: ['expired'] })).toEqual({ type: 'policy', status: 'expired' });
    expect(resultBadges({ type: ['document'], status: ['valid'] })).toEqual({ type: 'document' });
    expect(resultBadges({ type: ['policy'], status: ['in-force'] })).toEqual({ type: 'policy' });
    expect(resultBadges({})).toEqual({});
  });

  it('reads the status from the metadata too', () => {
    expect(resultBadges({ type: ['document'] }, { status: 'revoked' })).toEqual({ type: 'document', status: 'revoked' });
    expect(resultBadges({ type: ['document'] }, { status: 'valid' })).toEqual({ type: 'document' });
  });
});
