/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RecordingToggle } from '@/components/recording-toggle';

describe('RecordingToggle', () => {
  it('turns recording off and says what that means', () => {
    const onChange = vi.fn();
    const { rerender } = render(<RecordingToggle enabled={true} onChange={onChange} />);
    const box = screen.getByRole('checkbox', {
      name: 'Record the articles I read',
    }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(false);
    rerender(<RecordingToggle enabled={false} onChange={onChange} />);
    expect(screen.getByText(/Paused: Backstory does not read or remember any page/)).toBeTruthy();
  });

  it('cannot be changed before the setting has loaded', () => {
    render(<RecordingToggle enabled={undefined} onChange={() => {}} />);
    expect((screen.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
  });
});
