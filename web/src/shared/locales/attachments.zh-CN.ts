/** Simplified Chinese for attachments (self-reports, review and appeal grounds, objections). Spread into `zh-CN.ts`; `attachments.en.ts` has the same keys. */
const attachmentsZhCN = {
  attachments: {
    title: '附件',
    none: '暂无附件',
    add: '添加附件',
    limits: '可上传 PDF、图片（PNG、JPEG、GIF、WebP）及 Word、Excel、PowerPoint、OpenDocument 文档；单个文件不超过 {size}，最多 {count} 个。',
    full: '附件已达上限（{count} 个），如需更换请先删除。',
    uploading: '正在上传“{name}”：{percent}%',
    uploaded: '“{name}”已上传',
    refused: '“{name}”未上传：{reason}',
    empty: '文件为空',
    queued: '待上传，提交后自动上传',
    removeQueued: '移除',
    queueFailed: '申请已提交，但部分附件未能上传，可在下方申请记录中重新添加。',
    uploadedBy: '{name} 上传于 {time}',
    anonymous: '异议人',
    download: '下载',
    delete: '删除',
    deleteConfirm: '确定删除附件“{name}”吗？',
    deleted: '附件已删除',
    objectorHint: '可为本条异议添加照片或材料作为佐证（异议调查开始前可添加）。',
  },
};
export default attachmentsZhCN;
