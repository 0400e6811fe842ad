// Placeholder: filled in by the io work; index.ts spreads its exports onto np.
export {};
