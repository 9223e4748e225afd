import type { KeyboardEvent } from 'react';

/**
 * For a <Form>'s onKeyDown: Enter in a date picker confirms the typed date and does not submit the
 * form. Otherwise the browser's implicit submission ran before the picker had taken the date, and a
 * cadre was saved without one, or a study session with no attendees (issue 8, item 15). The picker
 * handles the key first (React bubbles from the input up); cancelling the default here stops only the
 * submission. Enter in any other field still submits; a second Enter in the picker does nothing,
 * Tab reaches the Save button.
 */
export function keepEnterInPickers(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || !(event.target instanceof Element)) return;
  if (event.target.closest('.ant-picker')) event.preventDefault();
}
