import type { QueryOf } from '@yifa/domain';
import type { ImportRowError } from '@yifa/domain/law-study';
import type { organisationApi, PeopleImportResult } from '@yifa/domain/organisation';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { IMPORT_CODES, MAX_IMPORT_BYTES, readSheet, throwIfErrors } from '../../../platform/imports/sheet.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { checkPeopleRows, PEOPLE_COLUMNS, type PersonSheetRow } from '../imports/people-sheet.ts';
import { personAuditView, sealPersonal } from '../presenter.ts';
import { listOrgs, type OrgRow, type PersonRow } from '../repository.ts';
import { people } from '../tables.ts';

type Change = Partial<Pick<PersonRow, 'name' | 'orgId' | 'post' | 'isLeader' | 'isCivilServant' | 'joinedOn' | 'leftOn'>> & {
  phone?: string;
  idNumber?: string;
};

/**
 * Imports the cadre roll from Excel, all or nothing, like the law-study imports: every row is
 * checked (GB 11643 ID numbers, phones, dates not after today, the org inside the writer's scope,
 * the match against the roll) before anything is written, and the problems come back together.
 * Safe to repeat: a cadre is recognised by ID number, else by name and org; only what differs is
 * written, each created or changed cadre is audited like a manual edit, and a sheet that changes
 * nothing writes nothing. Personal data is encrypted as on the create path (adr/0003).
 */
export async function importPeople(
  ctx: AppContext,
  auth: AuthContext,
  buffer: Buffer,
  query: QueryOf<typeof organisationApi.importPeople>,
): Promise<PeopleImportResult> {
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError('IMPORT.TOO_LARGE');
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'write');
  const sheet = await readSheet(IMPORT_CODES, buffer, PEOPLE_COLUMNS);
  throwIfErrors(IMPORT_CODES, sheet.errors);
  const checked = checkPeopleRows(sheet.rows, todayInChina());
  return ctx.db.transaction(async (tx) => {
    // Two imports into one roll at once: the second waits, then matches what the first wrote.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`people-import|${townshipId}`}))`);
    const orgs = (await listOrgs(tx, auth.scope, townshipId)).filter((o) => o.kind !== 'county');
    const roll = await tx
      .select()
      .from(people)
      .where(and(eq(people.townshipId, townshipId), isNull(people.deletedAt)));
    const errors: ImportRowError[] = [...checked.errors];
    const plan = matchRows(
      checked.rows,
      orgs,
      roll,
      auth,
      ctx.secrets.fingerprint.bind(ctx.secrets),
      ctx.secrets.decrypt.bind(ctx.secrets),
      errors,
    );
    throwIfErrors(IMPORT_CODES, errors);

    const actor = actorOf(auth);
    let created = 0;
    let updated = 0;
    const now = new Date();
    for (const p of plan) {
      if (p.kind === 'unchanged') continue;
      if (p.kind === 'create') {
        const r = p.row;
        const [row] = await tx
          .insert(people)
          .values({
            townshipId,
            orgId: p.orgId,
            name: r.name,
            post: r.post ?? null,
            isLeader: r.isLeader ?? false,
            isCivilServant: r.isCivilServant ?? false,
            joinedOn: r.joinedOn ?? null,
            leftOn: r.leftOn ?? null,
            ...sealPersonal(ctx.secrets, { phone: r.phone ?? null, idNumber: r.idNumber ?? null }),
            createdBy: auth.user.id,
            updatedBy: auth.user.id,
          })
          .returning();
        await writeAudit(tx, actor, {
          action: 'org.person.create',
          entityType: 'person',
          entityId: row!.id,
          townshipId,
          after: personAuditView(row!),
          detail: 'Excel 导入',
        });
        created++;
      } else {
        const { phone, idNumber, ...fields } = p.change;
        const [row] = await tx
          .update(people)
          .set({
            ...fields,
            ...sealPersonal(ctx.secrets, { phone, idNumber }),
            version: p.before.version + 1,
            updatedAt: now,
            updatedBy: auth.user.id,
          })
          .where(and(eq(people.id, p.before.id), eq(people.version, p.before.version)))
          .returning();
        if (!row) throw new AppError('REQUEST.CONFLICT');
        await writeAudit(tx, actor, {
          action: 'org.person.update',
          entityType: 'person',
          entityId: row.id,
          townshipId,
          before: personAuditView(p.before),
          after: personAuditView(row),
          detail: 'Excel 导入',
        });
        updated++;
      }
    }
    const unchanged = plan.length - created - updated;
    if (created + updated > 0) {
      await writeAudit(tx, actor, {
        action: 'org.person.import',
        entityType: 'township',
        entityId: townshipId,
        townshipId,
        after: { rowCount: sheet.rows.length, created, updated, unchanged },
      });
    }
    return { rowCount: sheet.rows.length, created, updated, unchanged };
  });
}

type Planned =
  { kind: 'create'; row: PersonSheetRow; orgId: string } | { kind: 'update'; before: PersonRow; change: Change } | { kind: 'unchanged' };

/** Matches each checked row with the roll and works out what would change; problems go to `errors`. */
function matchRows(
  rows: PersonSheetRow[],
  orgs: OrgRow[],
  roll: PersonRow[],
  auth: AuthContext,
  fingerprint: (v: string) => string,
  decrypt: (v: string) => string,
  errors: ImportRowError[],
): Planned[] {
  const orgsByName = new Map<string, OrgRow[]>();
  for (const o of orgs) orgsByName.set(o.name, [...(orgsByName.get(o.name) ?? []), o]);
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  const byHash = new Map(roll.filter((p) => p.idNumberHash).map((p) => [p.idNumberHash!, p]));
  const byNameOrg = new Map<string, PersonRow[]>();
  for (const p of roll) byNameOrg.set(`${p.name}|${p.orgId}`, [...(byNameOrg.get(`${p.name}|${p.orgId}`) ?? []), p]);
  const writable = (orgId: string) => auth.scope.orgIds === null || auth.scope.orgIds.includes(orgId);
  const seen = new Map<string, number>();
  const plan: Planned[] = [];
  for (const r of rows) {
    const err = (column: string, reason: string) => errors.push({ row: r.row, column, reason });
    const found = orgsByName.get(r.orgName) ?? [];
    if (found.length === 0) {
      err('所在单位', `本乡镇（街道）没有名为“${r.orgName}”的机构（或不在您的管理范围内）`);
      continue;
    }
    if (found.length > 1) {
      err('所在单位', `有${found.length}个机构名为“${r.orgName}”，请先在组织机构中改名区分`);
      continue;
    }
    const org = found[0]!;
    if (!writable(org.id)) {
      err('所在单位', `您无权在“${r.orgName}”登记干部`);
      continue;
    }
    const hash = r.idNumber ? fingerprint(r.idNumber) : null;
    const key = hash ? `id|${hash}` : `name|${r.name}|${org.id}`;
    const dup = seen.get(key);
    if (dup) {
      err(
        hash ? '身份证号码' : '姓名',
        hash ? `与第${dup}行的身份证号码相同` : `与第${dup}行是同一单位的同名干部；如是两人，请填写身份证号码`,
      );
      continue;
    }
    seen.set(key, r.row);
    let before: PersonRow | undefined;
    if (hash && byHash.has(hash)) {
      before = byHash.get(hash)!;
      if (before.name !== r.name) {
        err('身份证号码', `该身份证号码已登记为“${before.name}”（${orgNames.get(before.orgId) ?? '其他单位'}），与本行姓名不符`);
        continue;
      }
    } else {
      const same = byNameOrg.get(`${r.name}|${org.id}`) ?? [];
      if (same.length > 1) {
        err('姓名', `“${r.orgName}”有${same.length}名干部叫“${r.name}”，请填写身份证号码以区分`);
        continue;
      }
      before = same[0];
      if (before && hash && before.idNumberHash && before.idNumberHash !== hash) {
        err('身份证号码', `“${r.orgName}”已有干部“${r.name}”，身份证号码与本行不同；如是另一人，请先核对已登记的号码`);
        continue;
      }
    }
    if (!before) {
      plan.push({ kind: 'create', row: r, orgId: org.id });
      continue;
    }
    if (!writable(before.orgId)) {
      err('姓名', `“${r.name}”登记在您管理范围以外的单位，不能修改`);
      continue;
    }
    const change: Change = {};
    if (before.orgId !== org.id) change.orgId = org.id;
    if (r.post !== undefined && r.post !== before.post) change.post = r.post;
    if (r.isLeader !== undefined && r.isLeader !== before.isLeader) change.isLeader = r.isLeader;
    if (r.isCivilServant !== undefined && r.isCivilServant !== before.isCivilServant) change.isCivilServant = r.isCivilServant;
    if (r.joinedOn !== undefined && r.joinedOn !== before.joinedOn) change.joinedOn = r.joinedOn;
    if (r.leftOn !== undefined && r.leftOn !== before.leftOn) change.leftOn = r.leftOn;
    if (hash && hash !== before.idNumberHash) change.idNumber = r.idNumber!;
    if (r.phone !== undefined && (!before.phoneEnc || decrypt(before.phoneEnc) !== r.phone)) change.phone = r.phone;
    // A blank date keeps the recorded one: the pair must still be in order.
    const joinedOn = change.joinedOn ?? before.joinedOn;
    const leftOn = change.leftOn ?? before.leftOn;
    if (joinedOn && leftOn && leftOn < joinedOn) {
      err('离岗日期', `离岗日期（${leftOn}）不能早于到岗日期（${joinedOn}）`);
      continue;
    }
    plan.push(Object.keys(change).length ? { kind: 'update', before, change } : { kind: 'unchanged' });
  }
  return plan;
}
