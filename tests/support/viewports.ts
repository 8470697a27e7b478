/**
 * The screens the browser tests read the site on: a common phone, the narrowest screen a page
 * must fit without scrolling sideways (320 CSS px, WCAG 2.2 reflow), and a desktop.
 */
export const viewports = {
  phone: { width: 375, height: 740 },
  narrowest: { width: 320, height: 640 },
  desktop: { width: 1280, height: 900 },
} as const;

/** A layout is tested on both: for `describe.each` and `test.for`, named as `%s`. */
export const phoneAndDesktop = [
  ['phone', viewports.phone],
  ['desktop', viewports.desktop],
] as const;
