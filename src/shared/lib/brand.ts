/** The Volcano mark (CNCF artwork, CC BY 4.0), published unchanged in public/brand/. */
export const VOLCANO_MARK_URL = `${import.meta.env.BASE_URL}brand/volcano-icon-color.svg`;
