// Placeholder: filled in by the elementwise work; index.ts spreads its exports onto np.
export {};
