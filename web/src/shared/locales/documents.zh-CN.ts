/** Official documents (PDF) and archives: the download buttons. */
const documentsZhCN = {
  documents: {
    publicNotice: '下载公示（PDF）',
    writtenNotice: '下载书面通知（PDF）',
    registrationForm: '下载年度考核登记表（PDF）',
    cadreArchive: '导出本人{year}年度归档材料（ZIP）',
    unitArchive: '导出本单位{year}年度归档材料（ZIP）',
    downloaded: '已开始下载',
    reviewOffer: '如对考核结果有异议，可以自收到本通知之日起{days}日内，向{issuer}书面申请复核。',
    pdfHint: '正式公文（含发文字号、印章位置、成文日期）请下载 PDF 版本。',
  },
};
export default documentsZhCN;
