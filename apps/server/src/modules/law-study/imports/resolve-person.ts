import type { RollPerson } from '../repository.ts';

/** Finds a cadre by name, and by org name when the name is shared; the reason in Chinese when not exactly one. */
export function personResolver(roll: RollPerson[], orgNames: Map<string, string>) {
  const byName = new Map<string, RollPerson[]>();
  for (const p of roll) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  return (name: string, orgName: string): { person: RollPerson } | { reason: string; column: '姓名' | '所在单位' } => {
    if (!name) return { reason: '请填写姓名', column: '姓名' };
    let found = byName.get(name) ?? [];
    if (found.length === 0) return { reason: `本乡镇（街道）干部名单中没有“${name}”`, column: '姓名' };
    if (orgName) {
      found = found.filter((p) => orgNames.get(p.orgId) === orgName);
      if (found.length === 0) return { reason: `“${orgName}”没有名为“${name}”的干部`, column: '所在单位' };
    }
    if (found.length > 1) return { reason: `有${found.length}名干部叫“${name}”，请填写所在单位`, column: '所在单位' };
    return { person: found[0]! };
  };
}
