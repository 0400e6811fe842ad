// Placeholder: filled in by the manipulation work; index.ts spreads its exports onto np.
export {};
