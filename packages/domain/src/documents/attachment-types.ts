/**
 * The file types the bureau accepts as attachments of a document's content (SPEC M2): formats citizens
 * can open without special software, and none that can carry macros or executables. Each type is
 * recognised by the file's content; `extensions` are the names a file of that type may carry.
 */
export const ALLOWED_UPLOAD_TYPES = [
  { extensions: ['pdf'], mime: 'application/pdf', label: 'PDF' },
  {
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word（.docx）',
  },
  {
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel（.xlsx）',
  },
  {
    extensions: ['pptx'],
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint（.pptx）',
  },
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'JPEG' },
  { extensions: ['png'], mime: 'image/png', label: 'PNG' },
  { extensions: ['txt'], mime: 'text/plain', label: '纯文本' },
] as const;
export type AllowedUploadType = (typeof ALLOWED_UPLOAD_TYPES)[number];
export type AllowedUploadMime = AllowedUploadType['mime'];

/** "PDF、Word（.docx）、…、纯文本": the list as messages and the console show it. */
export const ALLOWED_UPLOAD_TYPES_TEXT = ALLOWED_UPLOAD_TYPES.map((type) => type.label).join('、');

/** The longest attachment file name, in characters. */
export const UPLOAD_FILE_NAME_MAX = 200;
