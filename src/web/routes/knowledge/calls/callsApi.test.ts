import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './callsApi';

describe('call durations', () => {
  it('are written as minutes and seconds, hours from an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('are read back from what the agent types', () => {
    expect(parseDuration('1:15')).toBe(75);
    expect(parseDuration(' 12 ')).toBe(720);
    expect(parseDuration('1:02:05')).toBe(3725);
    expect(parseDuration('1:75')).toBeNull();
    expect(parseDuration('abc')).toBeNull();
    for (const seconds of [0, 59, 61, 3599, 3600, 7322]) {
      expect(parseDuration(formatDuration(seconds))).toBe(seconds);
    }
  });
});
