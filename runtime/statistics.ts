// Placeholder: filled in by the statistics work; index.ts spreads its exports onto np.
export {};
