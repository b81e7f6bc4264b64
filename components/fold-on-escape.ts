import type { JSX } from 'preact';

/**
 * The keydown handler of an open disclosure (its button and what it unfolds): Escape folds it
 * and gives the focus back to its button, where the reader opened it. The key is consumed: in
 * the popup, the first Escape folds, the next one closes the popup.
 */
export function foldOnEscape(
  open: boolean,
  fold: () => void,
  button: { current: HTMLElement | null },
): (e: JSX.TargetedKeyboardEvent<HTMLElement>) => void {
  return (e) => {
    if (!open || e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    fold();
    button.current?.focus();
  };
}
