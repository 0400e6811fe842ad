// Placeholder: filled in by the logic work; index.ts spreads its exports onto np.
export {};
