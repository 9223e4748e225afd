import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSessionInfo } from '../auth/session.ts';
import { TownshipSelect, useTownshipIds } from './township-select.tsx';

/**
 * Is the township of a township-wide request known? Always for a user of a township (the server takes
 * theirs); for a caller above townships (county reviewer, system administrator) only once one is named —
 * until then a request would be refused with 400 ("请指定乡镇（街道）") and flash an error on a page
 * that has no form. Township-wide queries use it as their `enabled`.
 */
export function useIsTownshipKnown(townshipId: string | undefined): boolean {
  const session = useSessionInfo();
  return !!session.user.townshipId || !!townshipId;
}

/**
 * The township a page is about: the user's own; for a caller above townships the one in the URL
 * (?townshipId=) or the first they see, with a picker to change it. `picker` is null for a township user.
 */
export function useTownship(): { townshipId: string | undefined; isKnown: boolean; picker: ReactNode } {
  const { t } = useTranslation();
  const session = useSessionInfo();
  const isAbove = !session.user.townshipId;
  const [searchParams, setSearchParams] = useSearchParams();
  const ids = useTownshipIds(isAbove);
  if (!isAbove) return { townshipId: undefined, isKnown: true, picker: null };
  const townshipId = searchParams.get('townshipId') ?? ids[0];
  const picker = (
    <TownshipSelect
      aria-label={t('common.township')}
      placeholder={t('common.township')}
      value={townshipId}
      style={{ width: 200 }}
      onChange={(v) =>
        setSearchParams(
          (prev) => {
            const c = new URLSearchParams(prev);
            c.set('townshipId', v);
            return c;
          },
          { replace: true },
        )
      }
    />
  );
  return { townshipId, isKnown: !!townshipId, picker };
}
