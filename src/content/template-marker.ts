/** Placeholder text of the new-report template; a report holding it cannot be published. */
export const templateMarker = '【待填写】';
