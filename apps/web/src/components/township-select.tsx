import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useOrgs } from '../modules/organisation/index.ts';

/**
 * Chooses one of the townships the caller sees (GET /api/orgs), for callers above townships: the
 * system administrator and a county reviewer name the township a page is about.
 */
export function TownshipSelect(props: Omit<SelectProps<string>, 'options'>) {
  const orgs = useOrgs();
  const options = useMemo(
    () => (orgs.data ?? []).filter((o) => o.kind === 'township').map((o) => ({ value: o.id, label: o.name })),
    [orgs.data],
  );
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={orgs.isPending}
      options={options}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}

/** The townships the caller sees, for a default choice. */
export function useTownshipIds(enabled: boolean): string[] {
  const orgs = useOrgs(enabled);
  return useMemo(() => (orgs.data ?? []).filter((o) => o.kind === 'township').map((o) => o.id), [orgs.data]);
}
