import { describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error.js';
import { assertCanChange } from './team-errors.js';
import { canChange, TEAM_STATUSES, type TeamChange } from './team.js';

describe('team transitions', () => {
  const allowed: Record<TeamChange, string[]> = {
    approved: ['pending', 'waitlisted'],
    rejected: ['pending', 'waitlisted'],
    withdrawn: ['pending', 'waitlisted', 'approved'],
    edited: ['pending', 'waitlisted'],
  };

  for (const [change, from] of Object.entries(allowed) as [TeamChange, string[]][]) {
    it(`allows ${change} only from ${from.join(', ')}`, () => {
      expect(TEAM_STATUSES.filter((status) => canChange(status, change)).sort()).toEqual([...from].sort());
    });
  }

  it('keeps rejected and withdrawn final', () => {
    for (const change of Object.keys(allowed) as TeamChange[]) {
      expect(canChange('rejected', change)).toBe(false);
      expect(canChange('withdrawn', change)).toBe(false);
    }
  });

  it('refuses with one error: INVALID_STATUS_TRANSITION naming both statuses (an edit names only the current)', () => {
    const refusal = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        return error as AppError;
      }
      throw new Error('not refused');
    };
    const approveTwice = refusal(() => assertCanChange('approved', 'approved'));
    expect(approveTwice).toMatchObject({
      status: 409,
      code: 'INVALID_STATUS_TRANSITION',
      details: { current_status: 'approved', requested_status: 'approved' },
    });
    expect(approveTwice.message).toBe(
      'A approved team cannot be approved; only pending or waitlisted teams can',
    );
    expect(refusal(() => assertCanChange('withdrawn', 'edited')).details).toEqual({
      current_status: 'withdrawn',
    });
    expect(() => assertCanChange('approved', 'withdrawn')).not.toThrow();
  });
});
