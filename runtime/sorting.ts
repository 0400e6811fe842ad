// Placeholder: filled in by the sorting work; index.ts spreads its exports onto np.
export {};
