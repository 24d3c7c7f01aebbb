import type attachmentsZhCN from './attachments.zh-CN';

/** English for attachments; the same keys as `attachments.zh-CN.ts`. */
const attachmentsEn: typeof attachmentsZhCN = {
  attachments: {
    title: 'Attachments',
    none: 'No attachments',
    add: 'Add a file',
    limits: 'PDF, images (PNG, JPEG, GIF, WebP) and Word, Excel, PowerPoint or OpenDocument files; each at most {size}, at most {count} files.',
    full: 'The most attachments allowed ({count}) are here; delete one to replace it.',
    uploading: 'Uploading “{name}”: {percent}%',
    uploaded: '“{name}” uploaded',
    refused: '“{name}” was not uploaded: {reason}',
    empty: 'the file is empty',
    queued: 'Waiting: uploaded once you submit',
    removeQueued: 'Remove',
    queueFailed: 'Your request was submitted, but some files could not be uploaded; you can add them again on the request below.',
    uploadedBy: 'Uploaded by {name} on {time}',
    anonymous: 'the objector',
    download: 'Download',
    delete: 'Delete',
    deleteConfirm: 'Delete the attachment “{name}”?',
    deleted: 'Attachment deleted',
    objectorHint: 'You may add photos or documents to your objection as evidence (until its investigation starts).',
  },
};
export default attachmentsEn;
