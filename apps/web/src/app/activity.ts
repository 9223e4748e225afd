/**
 * When the user last pressed a key or the mouse. Background polling (unread notifications) runs
 * only while the user is active: a poll touches the session, and an idle session must be allowed to
 * expire (GB/T 22239-2019 §8.1.4.1 d: log out after a period of inactivity).
 */
let lastActivity = Date.now();
let isListening = false;

function mark(): void {
  lastActivity = Date.now();
}

export function startActivityTracking(): void {
  if (isListening || typeof window === 'undefined') return;
  isListening = true;
  for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const) {
    window.addEventListener(type, mark, { passive: true, capture: true });
  }
}

export function lastActivityAt(): number {
  return lastActivity;
}

export function isUserActive(withinMs: number, now = Date.now()): boolean {
  return now - lastActivity <= withinMs;
}
