// dyad as a library: the pipeline, the contract's schemas and types, and the evaluation scorers.
export * from './core/index.js';
export { evaluate, TASKS } from './eval/index.js';
export { formatReport, type Report } from './eval/report.js';
export { createPipeline, type Pipeline, type PipelineOptions, validateInput } from './pipeline/index.js';
export { buildTextLayer, type TextLayer, type Token } from './text/layer.js';
