/**
 * Which attachments may be identity documents (scans or photos of a passport, ID card, driving
 * licence). They are needed only until identity is decided; GDPR Art. 5(1)(c) and (e) (data
 * minimisation, storage limitation) then require that they go.
 */

const ID_NAME =
  /(passport|pass|ausweis|personalausweis|reisepass|identit|\bid\b|id[-_ ]?card|licen[cs]e|f[üu]hrerschein|dni|nie|carte|cni|permis|pasaporte|documento|scan)/i;
const DOCUMENT_TYPE = /^(image\/|application\/pdf$)/i;

export function mayBeIdDocument(attachment: { filename: string | null; contentType: string }): boolean {
  // Any image or PDF sent to a rights request is treated as possibly an ID: a wrong guess only purges
  // a file staff no longer need, a missed one keeps an identity document for too long.
  return DOCUMENT_TYPE.test(attachment.contentType) || ID_NAME.test(attachment.filename ?? '');
}
