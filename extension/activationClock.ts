// Imported first by extension.ts, so this runs before any other module of the
// bundle is evaluated: activation time = bundle evaluation + activate().
export const bundleEvaluationStart = performance.now();
