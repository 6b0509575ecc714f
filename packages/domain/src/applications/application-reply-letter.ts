import { WITHHOLDING_REASONS_DEFINITION, type WithholdingReason } from '../review/withholding-reasons.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { ApplicationResult } from './applications.js';

/**
 * The reply letter (政府信息公开申请答复书): its wording follows the form of reply the result calls for
 * (条例 art. 36–39); the handler's own explanation follows it, and every letter ends with the remedies.
 * Printable in the console and readable by the applicant through their code.
 */
export interface ReplyLetterInput {
  bureauName: string;
  caseNumber: string;
  /** The name of the applicant (person or organisation); an anonymised case reads 申请人. */
  applicantName: string | null;
  receivedDate: CalendarDate;
  replyDate: CalendarDate;
  result: ApplicationResult;
  /** Already proactively disclosed (art. 36(1)): the catalog index numbers where it is. */
  publishedIndexNumbers: readonly string[];
  /** Withheld parts or the whole (art. 36(3), 37): the review's reasons. */
  withholdingReasons: readonly WithholdingReason[];
  /** Not this agency's (art. 36(5)): the agency responsible, when known. */
  responsibleAgency: string | null;
  /** The date the 补正 notice went out (其他处理·逾期不补正). */
  correctionNoticeDate: CalendarDate | null;
  /** The complaint opened from this application (不予处理·信访举报投诉类, art. 39). */
  linkedComplaintNumber: string | null;
  /** The handler's explanation. */
  replyText: string | null;
}

export interface ReplyLetter {
  title: string;
  salutation: string;
  paragraphs: string[];
  signature: string;
  date: string;
}

const chineseDate = (date: CalendarDate) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

function reasonSentence(reasons: readonly WithholdingReason[]): string {
  if (reasons.length === 0) return '依法不予公开';
  const parts = reasons.map((reason) => {
    const definition = WITHHOLDING_REASONS_DEFINITION[reason];
    return `${definition.label}（${definition.article}）`;
  });
  return `${parts.join('；')}，依法不予公开`;
}

function bodyOf(input: ReplyLetterInput): string {
  const { result } = input;
  switch (result.category) {
    case 'DISCLOSED':
      return input.publishedIndexNumbers.length > 0
        ? `经审查，您申请获取的政府信息本机关已经主动公开，您可以通过本机关政府信息公开目录（索引号：${input.publishedIndexNumbers.join('、')}）查阅获取（《中华人民共和国政府信息公开条例》第三十六条第（一）项）。`
        : '经审查，您申请获取的政府信息属于公开范围，现将该政府信息提供给您（《中华人民共和国政府信息公开条例》第三十六条第（二）项）。';
    case 'PARTIALLY_DISCLOSED':
      return `经审查，您申请获取的政府信息中含有不应当公开的内容，本机关对可以公开的部分作区分处理后提供给您；不予公开的部分，${reasonSentence(input.withholdingReasons)}（《中华人民共和国政府信息公开条例》第三十七条）。`;
    case 'WITHHELD':
      return `经审查，您申请获取的政府信息${reasonSentence(input.withholdingReasons)}（《中华人民共和国政府信息公开条例》第三十六条第（三）项）。`;
    case 'UNAVAILABLE':
      switch (result.reason) {
        case 'NOT_HELD':
          return input.responsibleAgency
            ? `经检索查找，您申请获取的政府信息不属于本机关负责公开，该政府信息由${input.responsibleAgency}负责公开，您可以向其提出申请（《中华人民共和国政府信息公开条例》第三十六条第（五）项）。`
            : '经检索查找，本机关未制作、获取您申请的政府信息，该政府信息不存在（《中华人民共和国政府信息公开条例》第三十六条第（四）项）。';
        case 'NEEDS_CREATION':
          return '经审查，本机关没有您申请的现成信息，提供该信息需要本机关另行制作或者对现有政府信息进行加工、分析，本机关不予提供（《中华人民共和国政府信息公开条例》第三十八条）。';
        case 'STILL_UNCLEAR':
          return '经审查，您补正后的申请内容仍不明确，本机关无法确定您所需要的政府信息，无法提供（《中华人民共和国政府信息公开条例》第三十条）。';
      }
      break;
    case 'NOT_PROCESSED':
      switch (result.reason) {
        case 'COMPLAINT':
          return `经审查，您提出的事项属于信访、投诉、举报，本机关不作为政府信息公开申请处理，已转入投诉举报程序办理${input.linkedComplaintNumber ? `（案件编号 ${input.linkedComplaintNumber}）` : ''}（《中华人民共和国政府信息公开条例》第三十九条第一款）。`;
        case 'REPEAT':
          return '经审查，本机关已就您提出的相同内容的政府信息公开申请作出答复，您重复申请，本机关不予重复处理（《中华人民共和国政府信息公开条例》第三十六条第（六）项）。';
        case 'PUBLICATION':
          return '经审查，您要求提供的是政府公报、报刊、书籍等公开出版物，您可以通过公开出版物的发行渠道获取（《中华人民共和国政府信息公开条例》第三十九条第二款）。';
        case 'EXCESSIVE':
          return '经审查，您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，您未说明理由或者理由不合理，本机关不予处理（《中华人民共和国政府信息公开条例》第三十五条）。';
        case 'CONFIRMATION':
          return '经审查，您要求本机关确认或者重新出具已经获取的信息，不属于政府信息公开申请的范围，本机关不作为政府信息公开申请处理。';
      }
      break;
    case 'OTHER':
      switch (result.reason) {
        case 'NO_CORRECTION':
          return `本机关${input.correctionNoticeDate ? `于${chineseDate(input.correctionNoticeDate)}` : ''}告知您补正申请，您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请（《中华人民共和国政府信息公开条例》第三十条）。`;
        case 'UNPAID':
          return '本机关已向您发出收费通知，您逾期未按通知要求缴纳费用，本机关不再处理该政府信息公开申请（《政府信息公开信息处理费管理办法》）。';
        case 'OTHER':
          return '本机关对您的政府信息公开申请作如下处理：';
      }
  }
  throw new Error(`no reply wording for ${JSON.stringify(result)}`);
}

export function applicationReplyLetter(input: ReplyLetterInput): ReplyLetter {
  const paragraphs = [
    `本机关于${chineseDate(input.receivedDate)}收到您提出的政府信息公开申请（案件编号 ${input.caseNumber}）。根据《中华人民共和国政府信息公开条例》的规定，现答复如下：`,
    bodyOf(input),
  ];
  if (input.replyText?.trim()) paragraphs.push(input.replyText.trim());
  paragraphs.push(
    '如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。',
  );
  return {
    title: '政府信息公开申请答复书',
    salutation: `${input.applicantName?.trim() || '申请人'}：`,
    paragraphs,
    signature: input.bureauName,
    date: chineseDate(input.replyDate),
  };
}
