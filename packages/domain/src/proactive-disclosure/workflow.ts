import { defineWorkflow } from '../platform/workflow.ts';

/**
 * A publication's one step: 待公开 (information formed, not yet published) → 已公开. Publishing
 * needs at least one channel (《政府信息公开条例》第二十三条) and a date not before the information was
 * formed; whether it was late (逾期, 第二十六条) is a fact of its dates (timing.ts), not a state.
 */
export const PUBLICATION_STEPS = ['publish'] as const;
export type PublicationStep = (typeof PUBLICATION_STEPS)[number];

export interface PublicationState {
  status: 'pending' | 'published';
}
export interface PublicationFacts {
  /** The channels it is (or will be) published through. */
  channelCount: number;
  formedOn: string;
  /** The publication date asked for; null when the web only asks whether it may be offered. */
  publishedOn: string | null;
}

export const publicationWorkflow = defineWorkflow<PublicationStep, PublicationState, PublicationFacts>({
  publish: (state, facts) => {
    if (state.status === 'published') return { code: 'REQUEST.CONFLICT', reasonZh: '该信息已公开' };
    if (facts.publishedOn && facts.publishedOn < facts.formedOn)
      return { code: 'PROACTIVE_DISCLOSURE.PUBLISHED_BEFORE_FORMED', reasonZh: '公开日期不能早于信息形成日期' };
    if (facts.publishedOn && facts.channelCount === 0)
      return { code: 'PROACTIVE_DISCLOSURE.CHANNEL_REQUIRED', reasonZh: '已公开的信息须至少选择一个公开渠道' };
    return null;
  },
});
