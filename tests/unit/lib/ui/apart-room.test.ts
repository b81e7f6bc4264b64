import { describe, expect, it } from 'vitest';
import { apartRoomDropped, apartRoomPlace, factsRoomPlace } from '@/lib/ui/apart-room';

describe('apartRoomDropped', () => {
  it('tells a room that took a line of its own from one kept on the last line', () => {
    // Lines of 20 px: the box ends with its last line of text (a few px of leading), or a line
    // below it when the room dropped.
    expect(apartRoomDropped(63, 60, 20)).toBe(false);
    expect(apartRoomDropped(82, 60, 20)).toBe(true);
  });

  it('says nothing dropped when nothing is laid out', () => {
    expect(apartRoomDropped(60, -Infinity, 20)).toBe(false);
    expect(apartRoomDropped(60, 30, Number.NaN)).toBe(false);
  });
});

describe('apartRoomPlace', () => {
  it('keeps the room after the last line when it fits there', () => {
    expect(apartRoomPlace(false, 90, 268)).toBe('last');
  });

  it('takes the first line only where it keeps three quarters of its width', () => {
    // A wide side panel: 90 px of a 500 px line.
    expect(apartRoomPlace(true, 90, 500)).toBe('first');
    // 320 px wide: 90 px of a 268 px line would cut "Putin lands in Pyongyang" to "Putin lands
    // in": the room goes after the facts line.
    expect(apartRoomPlace(true, 90, 268)).toBe('facts');
  });

  it('keeps the first line when nothing is laid out', () => {
    expect(apartRoomPlace(true, 0, 268)).toBe('first');
    expect(apartRoomPlace(true, 90, Number.NaN)).toBe('first');
  });
});

describe('factsRoomPlace', () => {
  it('keeps the room after the facts unless it took a line of its own there', () => {
    expect(factsRoomPlace(false)).toBe('facts');
    expect(factsRoomPlace(true)).toBe('facts-start');
  });
});
