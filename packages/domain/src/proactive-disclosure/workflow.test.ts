import { describe, expect, it } from 'vitest';
import { publicationWorkflow } from './workflow.ts';

describe('publicationWorkflow', () => {
  const facts = { channelCount: 1, formedOn: '2026-03-02', publishedOn: null };

  it('offers 公开 while 待公开, never once published', () => {
    expect(publicationWorkflow.allowedSteps({ status: 'pending' }, facts)).toEqual(['publish']);
    expect(publicationWorkflow.allowedSteps({ status: 'published' }, facts)).toEqual([]);
  });

  it('refuses a publication date before the information was formed, or publishing through no channel (条例第二十三条)', () => {
    expect(publicationWorkflow.refusal('publish', { status: 'pending' }, { ...facts, publishedOn: '2026-03-01' })?.code).toBe(
      'PROACTIVE_DISCLOSURE.PUBLISHED_BEFORE_FORMED',
    );
    expect(
      publicationWorkflow.refusal('publish', { status: 'pending' }, { ...facts, channelCount: 0, publishedOn: '2026-03-05' })?.code,
    ).toBe('PROACTIVE_DISCLOSURE.CHANNEL_REQUIRED');
    expect(publicationWorkflow.refusal('publish', { status: 'pending' }, { ...facts, publishedOn: '2026-03-02' })).toBeNull();
  });
});
