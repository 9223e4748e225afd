import { type ApplicantKind, type OutcomeCode, type ReceiptChannel } from '@yifa/domain/disclosure-request';
import { receiptDateOf } from '@yifa/domain/disclosure-request';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/write-audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import { orgsOfTownship } from '../organisation/index.ts';
import { draftLetterFor } from './letter-input.ts';
import { linkRepeats } from './repeat-links.ts';
import { syncClock } from './sync-clock.ts';
import { listEvents } from './repository.ts';
import { disclosureRequestEvents, disclosureRequests, disclosureReviews } from './tables.ts';

interface DemoRequest {
  number: string;
  channel: ReceiptChannel;
  arrivedOn: string;
  confirmedOn?: string;
  kind: ApplicantKind;
  name: string;
  creditCode?: string;
  email: string;
  description: string;
  events: { kind: string; on: string; data?: Record<string, unknown> }[];
  reply?: { outcome: OutcomeCode; on: string; reasons?: string; publishedLocation?: string; responsibleAgency?: string };
  extension?: { days: number; reason: string; approvedOn: string; notifiedOn: string };
}

const LAND = '2025年笔架山乡土地征收补偿安置方案';
const DEMO: DemoRequest[] = [
  {
    number: 'YSQ2025-0001',
    channel: 'inPerson',
    arrivedOn: '2025-03-10',
    kind: 'natural',
    name: '罗建平',
    email: 'luojp@example.cn',
    description: LAND,
    events: [{ kind: 'reviewedComplete', on: '2025-03-11' }],
    reply: { outcome: 'granted', on: '2025-03-28', publishedLocation: '笔架山乡人民政府门户网站“政府信息公开—重点领域信息—征地信息”栏目' },
  },
  {
    number: 'YSQ2025-0002',
    channel: 'registeredMail',
    arrivedOn: '2025-06-03',
    kind: 'commercial',
    name: '益阳市赫山区兴农农业开发有限公司',
    creditCode: '91350100M000100Y43',
    email: 'xingnong@example.cn',
    description: '2025年高标准农田建设项目招标文件及中标结果',
    events: [{ kind: 'consultationStarted', on: '2025-06-09', data: { party: 'thirdParty', partyName: '湖南某建设工程有限公司' } }],
    reply: {
      outcome: 'partial',
      on: '2025-07-15',
      reasons: '中标单位报价明细涉及其商业秘密，经征求意见，第三方不同意公开',
      publishedLocation: '中标结果已在益阳市公共资源交易中心网站公示',
    },
  },
  {
    number: 'YSQ2025-0003',
    channel: 'online',
    arrivedOn: '2025-09-25',
    confirmedOn: '2025-09-26',
    kind: 'natural',
    name: '陈秀英',
    email: 'chenxy@example.cn',
    description: '笔架山村村道硬化工程党委会讨论记录',
    events: [],
    reply: {
      outcome: 'denied_processInfo',
      on: '2025-10-27',
      reasons: '所申请的会议讨论记录属于行政机关在履行职责过程中形成的讨论记录，属于过程性信息',
    },
  },
  {
    number: 'YSQ2025-0004',
    channel: 'ordinaryMail',
    arrivedOn: '2025-11-03',
    confirmedOn: '2025-11-04',
    kind: 'natural',
    name: '刘志刚',
    email: 'liuzg@example.cn',
    description: '本人承包地的土地承包经营权证登记档案',
    events: [],
    reply: {
      outcome: 'unable_notHeld',
      on: '2025-11-20',
      reasons: '本机关未制作或保存该登记档案',
      responsibleAgency: '益阳市赫山区农业农村局',
    },
  },
  {
    number: 'YSQ2025-0005',
    channel: 'inPerson',
    arrivedOn: '2025-12-15',
    kind: 'publicWelfare',
    name: '益阳市绿水环保志愿者协会',
    creditCode: '91350100M000100Y43',
    email: 'lvshui@example.cn',
    description: '2025年笔架山乡河长制巡河记录汇总',
    events: [{ kind: 'reviewedComplete', on: '2025-12-16' }],
    reply: { outcome: 'granted', on: '2026-01-13' },
  },
  {
    number: 'YSQ2026-0001',
    channel: 'inPerson',
    arrivedOn: '2026-02-10',
    kind: 'natural',
    name: '周桂兰',
    email: 'zhougl@example.cn',
    description: '低保评审的材料',
    events: [
      {
        kind: 'clarificationRequested',
        on: '2026-02-12',
        data: { correctBy: '2026-03-06', itemsToCorrect: '请说明所需低保评审材料的年度、村组及具体文件名称' },
      },
      { kind: 'correctionReceived', on: '2026-03-02' },
    ],
    reply: { outcome: 'granted', on: '2026-03-20', publishedLocation: '笔架山乡人民政府门户网站“社会救助”栏目' },
  },
  {
    number: 'YSQ2026-0002',
    channel: 'online',
    arrivedOn: '2026-04-07',
    confirmedOn: '2026-04-08',
    kind: 'natural',
    name: '罗建平',
    email: 'luojp@example.cn',
    description: `申请公开${LAND}`,
    events: [],
    reply: {
      outcome: 'notProcessed_repeat',
      on: '2026-04-20',
      reasons: '申请人于2025年3月10日已就同一政府信息提出申请，本机关已于2025年3月28日答复',
    },
  },
  {
    number: 'YSQ2026-0003',
    channel: 'fax',
    arrivedOn: '2026-05-11',
    confirmedOn: '2026-05-11',
    kind: 'legalService',
    name: '湖南某律师事务所',
    creditCode: '91350100M000100Y43',
    email: 'law@example.cn',
    description: '有关文件',
    events: [
      {
        kind: 'clarificationRequested',
        on: '2026-05-12',
        data: { correctBy: '2026-05-26', itemsToCorrect: '请写明所需文件的名称、文号或其他特征描述' },
      },
    ],
    reply: { outcome: 'other_noCorrection', on: '2026-06-01' },
  },
  {
    number: 'YSQ2026-0004',
    channel: 'inPerson',
    arrivedOn: '2026-09-28',
    kind: 'natural',
    name: '彭卫东',
    email: 'pengwd@example.cn',
    description: '2026年笔架山乡土地征收补偿安置方案',
    events: [{ kind: 'reviewedComplete', on: '2026-09-29' }],
  },
  {
    number: 'YSQ2026-0005',
    channel: 'registeredMail',
    arrivedOn: '2026-11-02',
    kind: 'research',
    name: '湖南城市学院乡村振兴研究中心',
    creditCode: '91350100M000100Y43',
    email: 'rural@example.cn',
    description: '2024年至2026年笔架山乡乡村振兴衔接资金项目清单',
    events: [{ kind: 'reviewedComplete', on: '2026-11-03' }],
    extension: { days: 15, reason: '涉及三个年度的项目资料，需调档核对', approvedOn: '2026-11-20', notifiedOn: '2026-11-20' },
  },
  {
    number: 'YSQ2026-0006',
    channel: 'inPerson',
    arrivedOn: '2026-11-16',
    kind: 'natural',
    name: '夏明',
    email: 'xiam@example.cn',
    description: '笔架山村集体土地流转合同',
    events: [{ kind: 'consultationStarted', on: '2026-11-18', data: { party: 'thirdParty', partyName: '益阳市某种植专业合作社' } }],
  },
  {
    number: 'YSQ2026-0007',
    channel: 'online',
    arrivedOn: '2026-11-25',
    kind: 'natural',
    name: '黎芳',
    email: 'lif@example.cn',
    description: '2026年笔架山乡财政预算执行情况',
    events: [],
  },
];

/** A dozen requests of 2025 and 2026 in various states, one carried over from 2025, one reconsideration (seedDemo). */
export async function seedDisclosureRequestDemo(tx: Tx, townshipId: string, actor: Actor): Promise<void> {
  const office = (await orgsOfTownship(tx, townshipId)).find((o) => o.name === '党政综合办公室');
  const orgId = office?.id ?? townshipId;
  for (const d of DEMO) {
    const { receivedOn, ruleZh } = receiptDateOf(d.channel, d.arrivedOn, d.confirmedOn ?? null);
    const [row] = await tx
      .insert(disclosureRequests)
      .values({
        townshipId,
        orgId,
        number: d.number,
        channel: d.channel,
        arrivedOn: d.arrivedOn,
        confirmedOn: d.confirmedOn ?? null,
        receivedOn,
        receiptRuleZh: ruleZh,
        status: receivedOn ? 'inProgress' : 'awaitingConfirmation',
        applicantKind: d.kind,
        applicantName: d.name,
        creditCode: d.creditCode ?? null,
        email: d.email,
        description: d.description,
        forms: ['electronic'],
        deliveryMethod: 'email',
        ...(d.extension
          ? {
              extensionDays: d.extension.days,
              extensionReason: d.extension.reason,
              extensionApprovedOn: d.extension.approvedOn,
              extensionNotifiedOn: d.extension.notifiedOn,
            }
          : {}),
      })
      .returning();
    const id = row!.id;
    // As registering it would have: its links to the township's similar requests (条例第四十四条).
    await linkRepeats(tx, row!);
    const events = [...(receivedOn ? [{ kind: 'received', on: receivedOn, data: {} }] : []), ...d.events];
    if (d.extension) events.push({ kind: 'extended', on: d.extension.approvedOn, data: { days: d.extension.days } });
    for (const e of events)
      await tx.insert(disclosureRequestEvents).values({ townshipId, requestId: id, kind: e.kind, on: e.on, data: e.data ?? {} });
    // Answered consultations: the third party answered within the 15 working days (条例第三十二条).
    if (d.number === 'YSQ2025-0002') {
      const started = (await listEvents(tx, id)).find((e) => e.kind === 'consultationStarted')!;
      await tx.insert(disclosureRequestEvents).values({
        townshipId,
        requestId: id,
        kind: 'consultationAnswered',
        on: '2025-06-20',
        data: { consultationId: started.id, isObjection: true },
      });
    }
    let current = row!;
    if (d.reply) {
      const contents = {
        outcome: d.reply.outcome,
        reasons: d.reply.reasons ?? null,
        publishedLocation: d.reply.publishedLocation ?? null,
        responsibleAgency: d.reply.responsibleAgency ?? null,
      };
      await tx
        .insert(disclosureRequestEvents)
        .values({ townshipId, requestId: id, kind: 'replied', on: d.reply.on, data: { outcome: d.reply.outcome } });
      const [updated] = await tx
        .update(disclosureRequests)
        .set({
          ...contents,
          letterText: draftLetterFor(row!, await listEvents(tx, id), contents),
          letterIssuedAt: new Date(`${d.reply.on}T10:00:00+08:00`),
          closedOn: d.reply.on,
          deliveredBy: 'email',
          deliveredOn: d.reply.on,
        })
        .where(eq(disclosureRequests.id, id))
        .returning();
      current = updated!;
    }
    await syncClock(tx, actor, current);
    if (d.number === 'YSQ2025-0003') {
      // 行政复议法第二十三条: a refusal goes to reconsideration first; the county government upheld it.
      await tx.insert(disclosureReviews).values({
        townshipId,
        orgId,
        requestId: id,
        kind: 'review',
        filedOn: '2025-11-20',
        authority: '益阳市赫山区人民政府',
        result: 'maintained',
        decidedOn: '2026-01-15',
      });
    }
  }
}
