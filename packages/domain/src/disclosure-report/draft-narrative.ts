import { OUTCOME_CODES, OUTCOMES } from '../disclosure-request/outcomes.ts';
import type { DisclosureActivityFacts } from './facts.ts';
import { TABLE4_KINDS, type Table3, type Table4 } from './report-format.ts';

export interface NarrativeSections {
  /** 一、总体情况, with the five sub-topics the format names. */
  overview: string;
  /** 五、存在的主要问题及改进情况 */
  problems: string;
  /** 六、其他需要报告的事项 */
  other: string;
}

export interface NarrativeInput {
  year: number;
  townshipName: string;
  table3: Table3;
  table4: Table4;
  activity: DisclosureActivityFacts | null;
}

/**
 * A first draft of the narrative sections, written from the figures so that it agrees with the
 * tables (rule 6); staff edit it before publishing. Paragraphs are separated by '\n'.
 */
export function draftNarrative(input: NarrativeInput): NarrativeSections {
  const { year, townshipName, table3: t3, table4: t4, activity } = input;
  const outcomes = OUTCOME_CODES.filter((o) => t3[o].total > 0).map((o) => `${OUTCOMES[o].zh}${t3[o].total}件`);
  const reviews = TABLE4_KINDS.reduce((s, k) => s + t4[k].total, 0);
  const late = activity?.latePublications ?? 0;
  const overview = [
    `${year}年，${townshipName}深入贯彻《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实推进政务公开工作。`,
    `（一）主动公开。${activity ? `全年主动公开政府信息${activity.publications}条${late > 0 ? `，其中${late}条超过规定时限公开` : '，均在规定时限内公开'}；公开栏更新${activity.boardUpdates}次，村务公开${activity.villageAffairsDisclosures}次、党务公开${activity.partyAffairsDisclosures}次。` : '（请填写本年度主动公开情况。）'}`,
    `（二）依申请公开。本年新收政府信息公开申请${t3.newReceived.total}件，上年结转${t3.carriedOver.total}件，办结${t3.resultTotal.total}件${outcomes.length ? `（${outcomes.join('，')}）` : ''}，结转下年度继续办理${t3.carriedForward.total}件。${reviews > 0 ? `因政府信息公开工作被申请行政复议、提起行政诉讼共${reviews}件。` : '全年未发生因政府信息公开引起的行政复议、行政诉讼。'}`,
    '（三）政府信息管理。严格落实公开前保密审查和信息发布审核制度，及时更新政府信息公开目录。',
    '（四）政府信息公开平台建设。依托政府门户网站、政务公开栏和政务新媒体及时发布政府信息。',
    '（五）监督保障。将政务公开工作纳入年度工作考核，本年度未发生因政务公开工作被追责的情况。',
  ].join('\n');
  const problems = [
    `${year}年政务公开工作仍存在一些不足${late > 0 ? `：部分信息未在规定时限内公开（${late}条）` : ''}，公开内容的深度和解读回应有待加强。`,
    `下一步，${townshipName}将进一步完善公开目录，落实信息形成后二十个工作日内公开的要求，加强工作人员业务培训。`,
  ].join('\n');
  const other = '本年度未收取信息处理费。';
  return { overview, problems, other };
}
