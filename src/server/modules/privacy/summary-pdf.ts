/**
 * The PDF summary of a subject-access export (A4, Romanian and English headings): who the export is
 * about, who made it when and why, what each module holds (counts per section), and what was withheld.
 * The records themselves are in the JSON files beside it. DejaVu fonts (the documents module's) write
 * Romanian and Cyrillic; pdf-lib does not shape right-to-left scripts, so a name in Arabic script is
 * referred to the JSON file instead of being printed unjoined.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fonts } from '../documents/card';
import type { SubjectAccessPart } from './contract';

/** Everything the summary shows, already chosen by the service. */
export interface SummaryContent {
  exportId: string;
  exportedAt: string;
  officer: string;
  purpose: string;
  person: { registrationNumber: string; name: string; originalName: string | null; dateOfBirth: string | null; nationalities: string[] };
  parts: SubjectAccessPart[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

interface Pen {
  pdf: PDFDocument;
  page: PDFPage;
  y: number;
  regular: PDFFont;
  bold: PDFFont;
}

function newPage(pen: Pen): void {
  pen.page = pen.pdf.addPage([A4.width, A4.height]);
  pen.y = A4.height - MARGIN;
}

/** Splits `text` into lines no wider than `width` at `size` (long words are cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
    }
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) {
        cut -= 1;
      }
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines.length > 0 ? lines : [''];
}

function write(pen: Pen, text: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}): void {
  const size = options.size ?? 10;
  const font = options.bold ? pen.bold : pen.regular;
  const indent = options.indent ?? 0;
  for (const line of wrap(text, font, size, A4.width - 2 * MARGIN - indent)) {
    if (pen.y < MARGIN + size) {
      newPage(pen);
    }
    pen.page.drawText(line, { x: MARGIN + indent, y: pen.y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
    pen.y -= size * 1.4;
  }
  pen.y -= options.gap ?? 0;
}

function printable(text: string | null): string | null {
  return text && !RIGHT_TO_LEFT.test(text) ? text : null;
}

/** Renders the summary as a PDF. */
export async function renderSummaryPdf(content: SummaryContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = fonts();
  const pen: Pen = { pdf, page: pdf.addPage([A4.width, A4.height]), y: A4.height - MARGIN, regular: await pdf.embedFont(bytes.regular, { subset: true }), bold: await pdf.embedFont(bytes.bold, { subset: true }) };
  pdf.setTitle(`Subject-access export ${content.person.registrationNumber}`);
  pdf.setProducer('Crossroads');
  pdf.setCreationDate(new Date(content.exportedAt));

  write(pen, 'Date deținute despre o persoană / Subject-access export', { size: 16, bold: true, gap: 8 });
  const original = content.person.originalName;
  write(pen, `Persoana / Person: ${content.person.name} (${content.person.registrationNumber})`, { bold: true });
  if (original) {
    write(pen, `Numele în scrierea originală / Name in original script: ${printable(original) ?? 'see people.json'}`);
  }
  write(pen, `Data nașterii / Date of birth: ${content.person.dateOfBirth ?? '—'}    Cetățenii / Nationalities: ${content.person.nationalities.join(', ') || '—'}`);
  write(pen, `Exportat la / Exported at: ${content.exportedAt}    de / by: ${content.officer}`);
  write(pen, `Scop / Purpose: ${content.purpose}`);
  write(pen, `Export: ${content.exportId}`, { size: 8, gap: 10 });

  write(pen, 'Ce se află în arhivă / What the archive holds', { size: 13, bold: true, gap: 4 });
  for (const part of content.parts) {
    const total = Object.values(part.counts).reduce((sum, n) => sum + n, 0);
    write(pen, `${part.module}.json — ${total} record(s)`, { bold: true });
    const sections = Object.entries(part.counts).map(([section, n]) => `${section}: ${n}`);
    write(pen, sections.join(' · ') || '—', { indent: 14, gap: 4 });
  }

  write(pen, 'Înregistrări reținute / Records withheld', { size: 13, bold: true, gap: 4 });
  const withheld = content.parts.flatMap((part) => part.withheld.map((w) => `${part.module} / ${w.section}: ${w.count} record(s) needing the clearance ${w.labels.join(' + ')}`));
  if (withheld.length === 0) {
    write(pen, 'Nimic nu a fost reținut: exportul este complet. / Nothing was withheld: the export is complete.');
  } else {
    write(pen, 'Exportul NU este complet: un ofițer cu autorizarea necesară trebuie să îl refacă. / The export is NOT complete: an officer holding the clearance must make it again.', { bold: true });
    for (const line of withheld) {
      write(pen, line, { indent: 14 });
    }
  }
  pen.y -= 8;
  write(pen, 'Înregistrările se află în fișierele JSON din arhivă; fotografia și fișierele atașate în files/. / The records are in the JSON files of this archive; the photo and attached files under files/.', { size: 9 });
  return pdf.save();
}
