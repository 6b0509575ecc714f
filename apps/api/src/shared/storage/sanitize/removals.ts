import { badInput, type DomainError } from '@gdp/domain';

/** What a sanitizer took out, as the publisher is told (SanitizedFile.removed). */
export const REMOVED = {
  trackedChanges: '修订记录',
  comments: '批注',
  documentProperties: '文档属性（作者等）',
  editingSessionIds: '编辑会话标识',
  thumbnail: '缩略图',
  exif: 'EXIF 信息',
  xmp: 'XMP 元数据',
  iptc: 'IPTC 信息',
  imageComment: '图片注释',
  imageText: '图片文本信息（作者等）',
  imageTime: '图片修改时间',
} as const;

/** Collects what was removed, each description once, in the order first met. */
export class Removals {
  private readonly found = new Set<string>();
  add(description: string): void {
    this.found.add(description);
  }
  list(): string[] {
    return [...this.found];
  }
}

export function cannotSanitize(message: string): DomainError {
  return badInput('STORAGE.CANNOT_SANITIZE', message, { file: [message] });
}
