import type { ReportData } from './schemas/report.ts';

/** A paragraph of the report that report.yaml holds, with the id pages give it. */
export interface FrameParagraph {
  id: string;
  text: string;
  /** How an official document sets it: 主送机关 flush left, 落款 to the right, the rest as paragraphs */
  role: 'addressee' | 'paragraph' | 'signature';
}

type Frame = Pick<ReportData, 'addressee' | 'preamble' | 'closing' | 'signature'>;

/** What comes before the first section: the salutation and the opening paragraphs. */
export function openingParagraphs(report: Frame): FrameParagraph[] {
  const preamble = report.preamble.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return [
    ...(report.addressee ? [{ id: 'addressee', text: report.addressee, role: 'addressee' as const }] : []),
    ...preamble.map((text, index) => ({ id: index === 0 ? 'preamble' : `preamble-${index + 1}`, text, role: 'paragraph' as const })),
  ];
}

/** What comes after the last section: the closing formula and the 落款 (issuer, then date). */
export function closingParagraphs(report: Frame): FrameParagraph[] {
  return [
    ...(report.closing ? [{ id: 'closing', text: report.closing, role: 'paragraph' as const }] : []),
    ...(report.signature ? [
      { id: 'signature-issuer', text: report.signature.issuer, role: 'signature' as const },
      { id: 'signature-date', text: report.signature.date, role: 'signature' as const },
    ] : []),
  ];
}
