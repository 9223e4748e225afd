/**
 * The reply letter (政府信息公开申请答复告知书): a draft text per outcome group, which staff may edit
 * before it is issued. Each outcome carries its required contents (《政府信息公开条例》第三十六条至第三十九条):
 * reasons, the legal basis, where already published information can be found, the agency responsible
 * for information not held here, and the remedy. For a refusal, the letter must say that administrative
 * reconsideration comes before litigation (《行政复议法》（2023）第二十三条第一款第（四）项、第二款).
 */
import { formatDateZh } from '../calendar/iso-date.ts';
import { OUTCOMES, type OutcomeCode } from './outcomes.ts';

export interface ReplyContents {
  outcome: OutcomeCode;
  reasons: string | null;
  publishedLocation: string | null;
  responsibleAgency: string | null;
}

/** The fields the outcome requires that are missing (empty list: complete). */
export function missingReplyContents(c: ReplyContents): ('reasons' | 'publishedLocation')[] {
  const def = OUTCOMES[c.outcome];
  const out: ('reasons' | 'publishedLocation')[] = [];
  if (def.needsReasons && !c.reasons?.trim()) out.push('reasons');
  // 第三十六条第（一）项 / 第三十九条第二款: tell the applicant where to obtain it.
  if (c.outcome === 'notProcessed_publication' && !c.publishedLocation?.trim()) out.push('publishedLocation');
  return out;
}

export interface LetterInput extends ReplyContents {
  applicantName: string;
  description: string;
  receivedOn: string;
  /** The receipt of the corrected application, when there was a clarification (第三十条). */
  correctedOn: string | null;
  clarificationNoticeOn: string | null;
}

const REMEDY_REFUSAL =
  '你如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款的规定，' +
  '对行政机关不予公开政府信息的行为不服的，应当先向行政复议机关申请行政复议：你可以自收到本告知书之日起六十日内，向本机关的上一级人民政府申请行政复议；' +
  '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。';
const REMEDY_OTHER =
  '你如对本答复不服，可以自收到本告知书之日起六十日内向本机关的上一级人民政府申请行政复议，' +
  '或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。';

function reasonsOf(c: ReplyContents): string {
  return (c.reasons ?? '').trim().replace(/[。；;.]$/, '');
}

function decision(c: LetterInput): string {
  const def = OUTCOMES[c.outcome];
  const basis = def.legalBasisZh;
  switch (def.group) {
    case 'granted':
      return c.publishedLocation
        ? `你申请获取的政府信息已经主动公开。根据${basis}的规定，你可以通过以下途径获取：${c.publishedLocation.trim()}。`
        : `你申请获取的政府信息属于公开范围。根据${basis}的规定，本机关予以公开，现按你要求的形式提供（见附件）。`;
    case 'partial':
      return (
        `你申请获取的政府信息中含有不应当公开或者不属于政府信息的内容：${reasonsOf(c)}。根据${basis}的规定，本机关对能够作区分处理的可公开部分予以公开（见附件），其余部分不予公开。` +
        (c.publishedLocation ? `其中已主动公开的部分，你可以通过以下途径获取：${c.publishedLocation.trim()}。` : '')
      );
    case 'denied':
      return `经审查，你申请获取的政府信息${def.zh}：${reasonsOf(c)}。根据${basis}的规定，本机关决定不予公开。`;
    case 'unable':
      if (c.outcome === 'unable_notHeld') {
        return (
          `经检索，本机关未制作或者获取你申请的政府信息：${reasonsOf(c)}。根据${basis}的规定，该政府信息不存在或者不属于本机关负责公开。` +
          (c.responsibleAgency ? `经了解，该政府信息由${c.responsibleAgency.trim()}负责公开，你可以向其提出申请。` : '')
        );
      }
      return `${def.zh}：${reasonsOf(c)}。根据${basis}的规定，本机关无法提供。`;
    case 'notProcessed':
      return (
        `经审查，你的申请属于${def.zh}：${reasonsOf(c)}。根据${basis}的规定，本机关不作为政府信息公开申请处理。` +
        (c.publishedLocation ? `你可以通过以下途径获取：${c.publishedLocation.trim()}。` : '')
      );
    case 'other':
      if (c.outcome === 'other_noCorrection') {
        return `本机关${c.clarificationNoticeOn ? `于${formatDateZh(c.clarificationNoticeOn)}` : ''}向你发出补正申请通知，你无正当理由逾期未补正。根据${basis}的规定，视为你放弃申请，本机关不再处理该政府信息公开申请。`;
      }
      return `${reasonsOf(c) || def.zh}。根据${basis}的规定，本机关不再处理该政府信息公开申请。`;
    default:
      return '';
  }
}

/** The draft text: one paragraph per line ('\n'), as renderOfficialDocx takes it. */
export function draftReplyLetter(c: LetterInput): string {
  const def = OUTCOMES[c.outcome];
  const intro =
    `你（单位）于${formatDateZh(c.receivedOn)}向本机关提出政府信息公开申请，申请获取“${c.description.trim()}”。` +
    (c.correctedOn ? `经补正，本机关于${formatDateZh(c.correctedOn)}收到你补正后的申请。` : '') +
    '根据《中华人民共和国政府信息公开条例》的规定，现答复如下：';
  return [intro, decision(c), def.isRefusal ? REMEDY_REFUSAL : REMEDY_OTHER, '特此告知。'].join('\n');
}
