import { DEFAULT_DEPARTMENTS, type CreateTownshipRequest } from '@yifa/domain/organisation';
import crypto from 'node:crypto';
import type { Actor } from '../../../platform/audit/write-audit.ts';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { getTownshipWithVillages } from '../../../platform/divisions/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { runTownshipSeeders } from '../../../platform/township-seeders.ts';
import { unscopedFindOrgByDivisionCode, type OrgRow } from '../repository.ts';
import { orgs } from '../tables.ts';

const pad12 = (code: string) => code.padEnd(12, '0');

/**
 * Creates a township from its statistical division code: its county node (found or created, so
 * a county holds several townships), the township, its villages and communities from the division
 * data, the usual departments, and each module's per-township reference data — in one transaction.
 */
export async function createTownship(
  ctx: AppContext,
  actor: Actor,
  input: CreateTownshipRequest,
  options: { isDemo?: boolean } = {},
): Promise<OrgRow> {
  const division = await getTownshipWithVillages(input.divisionCode);
  if (!division) {
    throw new AppError('ORG.DIVISION_NOT_FOUND', {
      invalidParams: [{ name: 'body.divisionCode', code: 'unknown', reason: '未找到该乡镇（街道）区划代码' }],
    });
  }
  const townshipCode = pad12(division.township.code);
  return ctx.db.transaction(async (tx) => {
    if (await unscopedFindOrgByDivisionCode(tx, townshipCode)) throw new AppError('ORG.TOWNSHIP_EXISTS');
    const county = await findOrCreateCounty(
      tx,
      actor,
      pad12(division.county.code),
      // 东莞、中山、儋州 have no counties: their towns sit under the city itself.
      division.county.level === 'city' ? division.city.name : `${division.city.name}${division.county.name}`,
      !!options.isDemo,
    );

    const townshipId = crypto.randomUUID();
    const [township] = await tx
      .insert(orgs)
      .values({
        id: townshipId,
        townshipId,
        parentId: county.id,
        kind: 'township',
        name: division.township.name,
        divisionCode: townshipCode,
        path: `${county.path}${townshipId}/`,
        isDemo: !!options.isDemo,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    const departments = input.departments ?? DEFAULT_DEPARTMENTS;
    const children = [
      ...departments.map((name, i) => ({ kind: 'department' as const, name, divisionCode: null, sortOrder: i + 1 })),
      ...division.villages.map((v, i) => ({ kind: v.kind, name: v.name, divisionCode: pad12(v.code), sortOrder: 1000 + i })),
    ];
    if (children.length) {
      await tx.insert(orgs).values(
        children.map((c) => {
          const id = crypto.randomUUID();
          return {
            id,
            townshipId,
            parentId: townshipId,
            ...c,
            path: `${township!.path}${id}/`,
            isDemo: !!options.isDemo,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          };
        }),
      );
    }
    await runTownshipSeeders(tx, townshipId, actor);
    await writeAudit(tx, actor, {
      action: 'org.township.create',
      entityType: 'org',
      entityId: townshipId,
      townshipId,
      after: { name: township!.name, divisionCode: townshipCode, departments: departments.length, villages: division.villages.length },
    });
    return township!;
  });
}

async function findOrCreateCounty(tx: Tx, actor: Actor, code: string, name: string, isDemo: boolean): Promise<OrgRow> {
  const existing = await unscopedFindOrgByDivisionCode(tx, code);
  if (existing) return existing;
  const id = crypto.randomUUID();
  const [county] = await tx
    .insert(orgs)
    .values({
      id,
      townshipId: null,
      parentId: null,
      kind: 'county',
      name,
      divisionCode: code,
      path: `/${id}/`,
      isDemo,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    })
    .returning();
  await writeAudit(tx, actor, {
    action: 'org.county.create',
    entityType: 'org',
    entityId: id,
    townshipId: null,
    after: { name, divisionCode: code },
  });
  return county!;
}
