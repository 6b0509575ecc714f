/** One line of a document's history: a document event or a review decision, in time order. */
export interface TimelineItem {
  id: string;
  at: string;
  source: 'document' | 'review';
  action: string;
  fromState: string | null;
  toState: string;
  fromAttribute?: string | null;
  toAttribute?: string | null;
  note: string | null;
  actorId: string | null;
  stage?: string | null;
  reviewId?: string;
}

interface DocumentEventLike {
  id: string;
  at: string;
  action: string;
  fromState?: string | null;
  toState: string;
  fromAttribute?: string | null;
  toAttribute?: string | null;
  note?: string | null;
  actorId?: string | null;
}

interface ReviewLike {
  id: string;
  decisions: ReadonlyArray<{
    id: string;
    at: string;
    action: string;
    stage?: string | null;
    fromState: string;
    toState: string;
    opinion?: string | null;
    userId: string;
  }>;
}

/** The document's events and its reviews' decisions as one history, oldest first (ties keep the documents' first). */
export function documentTimeline(
  events: readonly DocumentEventLike[],
  reviews: readonly ReviewLike[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...events.map((event) => ({
      id: event.id,
      at: event.at,
      source: 'document' as const,
      action: event.action,
      fromState: event.fromState ?? null,
      toState: event.toState,
      fromAttribute: event.fromAttribute ?? null,
      toAttribute: event.toAttribute ?? null,
      note: event.note ?? null,
      actorId: event.actorId ?? null,
    })),
    ...reviews.flatMap((review) =>
      review.decisions.map((decision) => ({
        id: decision.id,
        at: decision.at,
        source: 'review' as const,
        action: decision.action,
        fromState: decision.fromState,
        toState: decision.toState,
        note: decision.opinion ?? null,
        actorId: decision.userId,
        stage: decision.stage ?? null,
        reviewId: review.id,
      })),
    ),
  ];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at) || a.index - b.index)
    .map(({ item }) => item);
}

/** The file's bytes as base64 (without the data-URL prefix), as uploadDocumentAttachment takes them. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk)
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  return btoa(binary);
}

export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** A file size for people: bytes, KB or MB. */
export function formatSize(sizeBytes: number): string {
  if (sizeBytes < 1024) return `${sizeBytes} B`;
  if (sizeBytes < 1024 * 1024) return `${(sizeBytes / 1024).toFixed(1)} KB`;
  return `${(sizeBytes / 1024 / 1024).toFixed(1)} MB`;
}
