import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { outcomeOf } from './sync';

describe('what a failed progress report becomes', () => {
  it('is kept for later when there was no answer, a server error, an expired session or throttling', () => {
    expect(outcomeOf(new ApiError(0, null))).toBe('retry');
    expect(outcomeOf(new ApiError(503, null))).toBe('retry');
    expect(outcomeOf(new ApiError(401, null))).toBe('retry');
    expect(outcomeOf(new ApiError(429, null))).toBe('retry');
    expect(outcomeOf(new TypeError('Failed to fetch'))).toBe('retry');
  });

  it('is dropped when the server refuses it for good', () => {
    expect(outcomeOf(new ApiError(404, null))).toBe('drop');
    expect(outcomeOf(new ApiError(400, null))).toBe('drop');
  });
});
