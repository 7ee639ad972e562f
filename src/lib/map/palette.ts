/** Five-class sequential palette (viridis, light = low), safe for colour-blind readers. */
export const sequential = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/** Fill of areas with no value (nothing to measure): grey, drawn with a dashed outline. */
export const NO_DATA = '#c4c4c4';
/** Fill of areas with too few cases to judge: white, outlined in dots. */
export const TOO_FEW = '#ffffff';
/** Fill of villages never visited in the period (coverage metric): its own colour. */
export const NEVER = '#e4572e';
