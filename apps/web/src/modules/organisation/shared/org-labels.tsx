import { ORG_KINDS, type Org } from '@yifa/domain/organisation';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const KIND_COLORS: Record<Org['kind'], string> = {
  county: 'purple',
  township: 'blue',
  department: 'geekblue',
  village: 'green',
  community: 'cyan',
};

export function OrgKindTag({ kind }: { kind: Org['kind'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0, fontSize: 12, lineHeight: '18px' }} variant="filled">
      {t(`org.kind.${kind}`)}
    </Tag>
  );
}

export const ORG_KIND_CODES = Object.keys(ORG_KINDS) as Org['kind'][];
