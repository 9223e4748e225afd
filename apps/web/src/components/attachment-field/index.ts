export { AttachmentField, contentUrl, formatSize, type AttachmentFieldProps } from './attachment-field.tsx';
export { uploadFile, type UploadOptions, type UploadQuery } from './upload-file.ts';
