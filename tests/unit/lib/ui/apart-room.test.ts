import { describe, expect, it } from 'vitest';
import { apartRoomDropped } from '@/lib/ui/apart-room';

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
