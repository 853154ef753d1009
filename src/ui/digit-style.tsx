import { createContext, useContext } from 'react';
import type { DigitStyle } from '../lib/format.ts';

/** The digit style every formatted number and date uses (reader settings choose it). */
export const DigitStyleContext = createContext<DigitStyle>('arab');

export function useDigitStyle(): DigitStyle {
  return useContext(DigitStyleContext);
}
