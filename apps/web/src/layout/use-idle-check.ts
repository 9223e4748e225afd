import { useEffect } from 'react';
import { api } from '../api/client.ts';
import { lastActivityAt, startActivityTracking } from '../app/activity.ts';

/**
 * After the server's idle limit has passed without any key or mouse use, ask the server once: it
 * answers AUTH.SESSION_EXPIRED and the client sends the user to the login page with that message,
 * instead of leaving a page on screen that fails at the next click.
 */
export function useIdleCheck(idleMinutes: number): void {
  useEffect(() => {
    startActivityTracking();
    const limitMs = idleMinutes * 60_000 + 15_000;
    let asked = false;
    const timer = window.setInterval(() => {
      const idleMs = Date.now() - lastActivityAt();
      if (idleMs < limitMs) {
        asked = false;
        return;
      }
      if (asked) return;
      asked = true;
      api.get('/auth/session').catch(() => undefined);
    }, 30_000);
    return () => window.clearInterval(timer);
  }, [idleMinutes]);
}
