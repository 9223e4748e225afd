import { SYSTEM_ONLY_PERMISSIONS } from '@yifa/domain';
import { Checkbox, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../../i18n/labels.ts';
import type { TranslationKey } from '../../../i18n/keys.ts';
import type { PermissionEntry } from '../api.ts';

/**
 * Codes only the system administrator holds (packages/domain/src/platform/roles.ts SYSTEM_ONLY: the
 * townships, the installation's settings, the national calendar). A custom role is a township's,
 * so the picker does not offer them; the server refuses them as well.
 */
const SYSTEM_ONLY: ReadonlySet<string> = new Set(SYSTEM_ONLY_PERMISSIONS);

/** What a custom role may be given: the catalogue less the system-only codes, except those it already has (a built-in role shown read-only). */
export function offeredPermissions(catalogue: PermissionEntry[], selected: ReadonlySet<string>): PermissionEntry[] {
  return catalogue.filter((e) => !SYSTEM_ONLY.has(e.code) || selected.has(e.code));
}

/** Permission codes are `module:resource:action`; the picker groups them by module. */
export function groupByModule(entries: PermissionEntry[]): { module: string; entries: PermissionEntry[] }[] {
  const groups = new Map<string, PermissionEntry[]>();
  for (const entry of entries) {
    const module = entry.code.split(':')[0] ?? entry.code;
    groups.set(module, [...(groups.get(module) ?? []), entry]);
  }
  return [...groups].map(([module, list]) => ({ module, entries: list }));
}

/** Checkboxes of the permission catalogue (GET /api/permissions), one box per module with "all". */
export function PermissionPicker({
  catalogue,
  value = [],
  onChange,
  disabled,
}: {
  catalogue: PermissionEntry[];
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const selected = new Set(value);
  const offered = offeredPermissions(catalogue, selected);
  const set = (codes: string[], isOn: boolean) => {
    const next = new Set(selected);
    for (const c of codes) {
      if (isOn) next.add(c);
      else next.delete(c);
    }
    onChange?.(offered.map((e) => e.code).filter((c) => next.has(c)));
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {groupByModule(offered).map(({ module, entries }) => {
        const codes = entries.map((e) => e.code);
        const count = codes.filter((c) => selected.has(c)).length;
        const moduleLabel = t(`role.module.${module}` as TranslationKey);
        return (
          <fieldset key={module} style={{ border: '1px solid #e5e8ed', borderRadius: 4, padding: '8px 12px', margin: 0 }}>
            <legend style={{ fontSize: 14, padding: '0 4px', width: 'auto', marginBottom: 0, border: 'none' }}>
              <Checkbox
                checked={count === codes.length}
                indeterminate={count > 0 && count < codes.length}
                disabled={disabled}
                onChange={(e) => set(codes, e.target.checked)}
              >
                <Typography.Text strong>{moduleLabel}</Typography.Text>
                <Typography.Text type="secondary"> · {t('role.selectAll')}</Typography.Text>
              </Checkbox>
            </legend>
            <Row gutter={[8, 4]}>
              {entries.map((entry) => (
                <Col span={12} key={entry.code}>
                  {/* The label only; the code (law-study:session:write) is for the API, kept in the tooltip. */}
                  <Checkbox
                    checked={selected.has(entry.code)}
                    disabled={disabled}
                    onChange={(e) => set([entry.code], e.target.checked)}
                    title={entry.code}
                  >
                    {pickLabel(entry, i18n.language)}
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </fieldset>
        );
      })}
    </div>
  );
}
