import { describe, expect, it } from 'vitest';
import { bytesToBase64, documentTimeline, formatSize, readFileAsBase64 } from './document-content';

describe('a document’s history', () => {
  it('merges the document’s events and its reviews’ decisions in time order, documents first on ties', () => {
    const timeline = documentTimeline(
      [
        { id: 'e1', at: '2026-11-20T01:00:00.000Z', action: 'CREATE', fromState: null, toState: 'DRAFT' },
        {
          id: 'e2',
          at: '2026-11-22T01:00:00.000Z',
          action: 'SUBMIT_FOR_REVIEW',
          toState: 'IN_REVIEW',
          note: '送审',
        },
      ],
      [
        {
          id: 'r1',
          decisions: [
            {
              id: 'd2',
              at: '2026-11-23T01:00:00.000Z',
              action: 'SECRECY_REVIEW',
              stage: 'LEVEL_2',
              fromState: 'LEVEL_2',
              toState: 'LEVEL_3',
              userId: 'u2',
            },
            {
              id: 'd1',
              at: '2026-11-22T01:00:00.000Z',
              action: 'INITIAL_REVIEW',
              stage: 'LEVEL_1',
              fromState: 'LEVEL_1',
              toState: 'LEVEL_2',
              opinion: '建议公开',
              userId: 'u1',
            },
          ],
        },
      ],
    );
    expect(timeline.map((item) => item.id)).toEqual(['e1', 'e2', 'd1', 'd2']);
    expect(timeline[1]).toMatchObject({ source: 'document', note: '送审', fromState: null });
    expect(timeline[2]).toMatchObject({
      source: 'review',
      reviewId: 'r1',
      note: '建议公开',
      actorId: 'u1',
      stage: 'LEVEL_1',
    });
  });
});

describe('attachments', () => {
  it('are sent as plain base64 of their bytes (no data-URL prefix)', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    expect(bytesToBase64(pdf)).toBe(Buffer.from(pdf).toString('base64'));
    expect(await readFileAsBase64(new Blob([pdf]))).toBe('JVBERi0xLjQKJSVFT0YK');
  });

  it('encode files larger than one chunk of the conversion', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 251);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('show their size in B, KB or MB', () => {
    expect([formatSize(512), formatSize(2048), formatSize(3 * 1024 * 1024)]).toEqual([
      '512 B',
      '2.0 KB',
      '3.0 MB',
    ]);
  });
});
