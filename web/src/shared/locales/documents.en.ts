import type documentsZhCN from './documents.zh-CN';

/** English for the documents' buttons; typed by the Chinese file so both have the same keys. */
const documentsEn: typeof documentsZhCN = {
  documents: {
    publicNotice: 'Download the public notice (PDF)',
    writtenNotice: 'Download the written notice (PDF)',
    registrationForm: 'Download the annual registration form (PDF)',
    cadreArchive: 'Export the cadre’s {year} archive (ZIP)',
    unitArchive: 'Export the unit’s {year} archive (ZIP)',
    downloaded: 'Download started',
    reviewOffer: 'If you disagree with the result, you may ask {issuer} in writing for a review within {days} days of receiving this notice.',
    pdfHint: 'For the official document (with its number, seal area and date) download the PDF.',
  },
};
export default documentsEn;
