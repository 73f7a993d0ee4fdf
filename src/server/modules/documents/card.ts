/**
 * The printed card: a PDF of two ID-1 pages (85.60 × 53.98 mm), front and back. Front: authority,
 * document type, photo and the holder's data with Romanian and English labels. Back: the seal as a QR
 * code, where to verify it, and the TD1 MRZ. DejaVu fonts are embedded (subset) because the PDF
 * standard fonts cannot write ă, ș or ț; the MRZ is set in DejaVu Sans Mono, as OCR-B is not available
 * from a package registry (a print shop substitutes OCR-B in production).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { toBuffer } from 'bwip-js/node';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const MM = 72 / 25.4;
/** ID-1 (ISO/IEC 7810) in points. */
export const CARD_WIDTH = 85.6 * MM;
export const CARD_HEIGHT = 53.98 * MM;

/** Everything printed on the card, already formatted. */
export interface CardContent {
  stateNameRo: string;
  stateNameEn: string;
  typeNameRo: string;
  typeNameEn: string;
  surname: string;
  givenNames: string;
  dateOfBirth: string;
  sex: string;
  nationality: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  office: string;
  photoJpeg: Uint8Array | null;
  mrz: readonly [string, string, string];
  sealPayload: string;
  verifyUrl: string;
}

const require = createRequire(import.meta.url);
let fontBytes: { regular: Buffer; bold: Buffer; mono: Buffer } | undefined;

/** The DejaVu fonts' bytes (read once): the card's, and any other PDF that must write ă, ș, ț or Cyrillic. */
export function fonts() {
  if (!fontBytes) {
    const dir = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');
    fontBytes = {
      regular: fs.readFileSync(`${dir}DejaVuSans.ttf`),
      bold: fs.readFileSync(`${dir}DejaVuSans-Bold.ttf`),
      mono: fs.readFileSync(`${dir}DejaVuSansMono.ttf`),
    };
  }
  return fontBytes;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

const INK = rgb(0.1, 0.12, 0.2);
const MUTED = rgb(0.35, 0.38, 0.45);
const BAND = rgb(0.16, 0.3, 0.55);

/** Writes `text` shrunk to fit `width` (never below 60 % of `size`), so a long name stays on its line. */
function fitText(page: PDFPage, text: string, x: number, y: number, width: number, size: number, font: PDFFont) {
  let fitted = size;
  while (fitted > size * 0.6 && font.widthOfTextAtSize(text, fitted) > width) {
    fitted -= 0.25;
  }
  page.drawText(text, { x, y, size: fitted, font, color: INK, maxWidth: width });
}

function field(page: PDFPage, f: Fonts, label: string, value: string, x: number, y: number, width: number) {
  page.drawText(label, { x, y: y + 7, size: 4.2, font: f.regular, color: MUTED });
  fitText(page, value, x, y, width, 7, f.bold);
}

async function drawFront(pdf: PDFDocument, f: Fonts, card: CardContent) {
  const page = pdf.addPage([CARD_WIDTH, CARD_HEIGHT]);
  page.drawRectangle({ x: 0, y: CARD_HEIGHT - 24, width: CARD_WIDTH, height: 24, color: BAND });
  page.drawText(`${card.stateNameRo} · ${card.stateNameEn}`, { x: 8, y: CARD_HEIGHT - 11, size: 7, font: f.bold, color: rgb(1, 1, 1) });
  fitText(page, `${card.typeNameRo} / ${card.typeNameEn}`, 8, CARD_HEIGHT - 20, CARD_WIDTH - 16, 5.2, f.regular);
  const photo = { x: 8, y: 22, width: 58, height: 86 };
  if (card.photoJpeg) {
    // A copy: pdf-lib reads the JPEG through `.buffer`, ignoring a view's offset (database drivers hand out views).
    const image = await pdf.embedJpg(new Uint8Array(card.photoJpeg));
    const scale = Math.min(photo.width / image.width, photo.height / image.height);
    const [w, h] = [image.width * scale, image.height * scale];
    page.drawImage(image, { x: photo.x + (photo.width - w) / 2, y: photo.y + (photo.height - h) / 2, width: w, height: h });
  } else {
    page.drawRectangle({ ...photo, borderColor: MUTED, borderWidth: 0.5 });
  }
  const left = 72;
  const full = CARD_WIDTH - left - 8;
  const half = full / 2 - 2;
  field(page, f, 'Nume / Surname', card.surname, left, 104, full);
  field(page, f, 'Prenume / Given names', card.givenNames, left, 88, full);
  field(page, f, 'Data nașterii / Date of birth', card.dateOfBirth, left, 72, half);
  field(page, f, 'Sex / Sex', card.sex, left + half + 4, 72, half);
  field(page, f, 'Cetățenie / Nationality', card.nationality, left, 56, half);
  field(page, f, 'Nr. document / Document no.', card.number, left + half + 4, 56, half);
  field(page, f, 'Data eliberării / Date of issue', card.issuedOn, left, 40, half);
  field(page, f, 'Data expirării / Date of expiry', card.expiresOn, left + half + 4, 40, half);
  field(page, f, 'Eliberat de / Issued by', card.office, left, 24, full);
}

async function drawBack(pdf: PDFDocument, f: Fonts, card: CardContent) {
  const page = pdf.addPage([CARD_WIDTH, CARD_HEIGHT]);
  // eclevel is a BWIPP option the type definitions do not list: M (15 %) survives wear on a card.
  const options = { bcid: 'qrcode', text: card.sealPayload, eclevel: 'M', scale: 4, paddingwidth: 0, paddingheight: 0 };
  const qr = await toBuffer(options);
  const image = await pdf.embedPng(qr);
  const size = 92;
  page.drawImage(image, { x: 8, y: CARD_HEIGHT - size - 6, width: size, height: size });
  const textX = size + 16;
  const width = CARD_WIDTH - textX - 8;
  const lines = [
    ['Sigiliu electronic semnat de autoritatea emitentă.', f.regular],
    ['Electronic seal signed by the issuing authority.', f.regular],
    ['Verificare / Verify:', f.bold],
    [card.verifyUrl, f.regular],
    ['Acest document nu este document de călătorie.', f.regular],
    ['This document is not a travel document.', f.regular],
  ] as const;
  let y = CARD_HEIGHT - 14;
  for (const [text, font] of lines) {
    fitText(page, text, textX, y, width, 5, font);
    y -= 9;
  }
  const mrzSize = 11.4;
  card.mrz.forEach((line, index) => {
    page.drawText(line, { x: 10, y: 6 + (2 - index) * 12.5, size: mrzSize, font: f.mono, color: rgb(0, 0, 0) });
  });
}

/** Renders the card as a two-page PDF. */
export async function renderCard(card: CardContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = fonts();
  const f: Fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: true }),
    bold: await pdf.embedFont(bytes.bold, { subset: true }),
    mono: await pdf.embedFont(bytes.mono, { subset: true }),
  };
  pdf.setTitle(`${card.typeNameEn} ${card.number}`);
  pdf.setProducer('Crossroads');
  pdf.setCreationDate(new Date(0));
  await drawFront(pdf, f, card);
  await drawBack(pdf, f, card);
  return pdf.save();
}
