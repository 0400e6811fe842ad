/**
 * .ipynb (nbformat 4) import and export. The model already has nbformat's shape; the
 * details live in one file each:
 *
 * - ipynb-json.ts: multi-line strings, MIME bundles and base64, as nbformat reads and writes them;
 * - ipynb-validate.ts: whether a file is a notebook this app can open, and if not why;
 * - ipynb-import.ts: a file into the model, keeping what the model does not use;
 * - ipynb-export.ts: the model into a file that renders everywhere (renditions of every
 *   array output, the array data up to a size cap, title and kernelspec in metadata).
 */
export { importIpynb, notebookFromJson, NotebookError } from './ipynb-import';
export { exportIpynb, notebookToJson, NDARRAY_EXPORT_CAP, type ArrayRendition, type ExportOptions, type RenditionOf } from './ipynb-export';
